// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * File > Import and File > Export for the open plant: NodeSet2 files and CSV tag lists in, with the diff shown before
 * anything changes and applied as one undoable command; NodeSet2 and CSV out.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.ui.interop;
