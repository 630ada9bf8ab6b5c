// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** The SWT diagram viewer and its tools (selection, creation, connection, palette, keyboard, label editing, thumbnail). */
package org.twinworks.diagram.ui.viewer;
