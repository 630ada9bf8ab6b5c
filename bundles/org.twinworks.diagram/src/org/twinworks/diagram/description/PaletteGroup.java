package org.twinworks.diagram.description;

import java.util.List;

/** A titled group of palette entries. */
public record PaletteGroup(String title, List<PaletteEntry> entries) {
	public PaletteGroup {
		entries = List.copyOf(entries);
	}
}
