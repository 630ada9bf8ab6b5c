// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** XML readers that are safe on files from anywhere: no DTDs, no external entities, bounded sizes. */
@org.jspecify.annotations.NullMarked
package org.twinworks.interop.xml;
