// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Drops of things from outside the model (the OPC UA browser's variables) onto model elements in the tree, the
 * diagram and the I/O list: the dragged items make their own command, so the editor needs not know what they are.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.ui.dnd;
