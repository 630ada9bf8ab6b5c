// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Icons that say what a model element is: equipment drawn from its P&ID symbol, signals by direction and kind of
 * value; created once per display and shared by the tree, the Outline, the I/O list and the Properties title.
 */
package org.twinworks.ui.images;
