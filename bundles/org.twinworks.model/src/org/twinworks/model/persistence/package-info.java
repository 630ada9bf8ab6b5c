// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Plant model files ({@code .twin}): the XMI resource with stable UUIDs and hardened parsing, and reading and writing
 * them outside the workbench with every problem reported, built on {@code org.twinworks.core.persistence}.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.model.persistence;
