// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Notation files ({@code <model>.twindiagram}): deterministic XMI read and written through {@code org.twinworks.core.persistence}. */
@org.jspecify.annotations.NullMarked
package org.twinworks.diagram.persistence;
