// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

import java.util.List;

/** A titled group of palette entries. */
public record PaletteGroup(String title, List<PaletteEntry> entries) {
	public PaletteGroup {
		entries = List.copyOf(entries);
	}
}
