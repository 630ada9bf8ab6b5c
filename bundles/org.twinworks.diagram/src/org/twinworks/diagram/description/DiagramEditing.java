// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

import java.util.List;
import java.util.Objects;

/**
 * How a kind of diagram is edited, declared with its description (Sirius' tool sections): the grid moves snap to,
 * the palette's tools, renaming in place, deleting from the model, copy and paste, reconnecting an edge's end. An
 * absent behaviour (null) is not offered: no renaming, Delete from Model removes only the views, no clipboard, edge
 * ends stay where they are.
 */
public record DiagramEditing(int grid, List<PaletteGroup> palette, LabelEditor labels, ModelDeletion deletion,
		ClipboardSupport clipboard, EdgeReconnector reconnection) {

	/** A 10-unit grid and nothing else: views can be selected, moved, resized and removed. */
	public static final DiagramEditing VIEWS_ONLY = new DiagramEditing(10, List.of(), null, null, null, null);

	public DiagramEditing {
		if (grid < 1) {
			throw new IllegalArgumentException("grid " + grid);
		}
		palette = List.copyOf(Objects.requireNonNull(palette));
	}

	/** Without reconnection (the form before edges could be reconnected). */
	public DiagramEditing(int grid, List<PaletteGroup> palette, LabelEditor labels, ModelDeletion deletion,
			ClipboardSupport clipboard) {
		this(grid, palette, labels, deletion, clipboard, null);
	}

	public DiagramEditing withGrid(int value) {
		return new DiagramEditing(value, palette, labels, deletion, clipboard, reconnection);
	}

	public DiagramEditing withPalette(List<PaletteGroup> value) {
		return new DiagramEditing(grid, value, labels, deletion, clipboard, reconnection);
	}

	public DiagramEditing withLabels(LabelEditor value) {
		return new DiagramEditing(grid, palette, value, deletion, clipboard, reconnection);
	}

	public DiagramEditing withDeletion(ModelDeletion value) {
		return new DiagramEditing(grid, palette, labels, value, clipboard, reconnection);
	}

	public DiagramEditing withClipboard(ClipboardSupport value) {
		return new DiagramEditing(grid, palette, labels, deletion, value, reconnection);
	}

	public DiagramEditing withReconnection(EdgeReconnector value) {
		return new DiagramEditing(grid, palette, labels, deletion, clipboard, value);
	}
}
