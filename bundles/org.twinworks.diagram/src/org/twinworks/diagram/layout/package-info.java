// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Automatic arrangement of a diagram or a selection with ELK (layered, orthogonal edges), as one undoable command. */
@org.jspecify.annotations.NullMarked
package org.twinworks.diagram.layout;
