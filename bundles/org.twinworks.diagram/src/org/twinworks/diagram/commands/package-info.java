// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** EMF commands on the notation in the shared editing domain: add, move, resize, bendpoints, remove, align and distribute; each user action is one undoable command. */
@org.jspecify.annotations.NullMarked
package org.twinworks.diagram.commands;
