/** The SWT diagram viewer and its tools (selection, creation, connection, palette, keyboard, label editing, thumbnail). */
package org.twinworks.diagram.ui.viewer;
