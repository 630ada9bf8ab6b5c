// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.twinworks.diagram.geometry.Point;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.notation.View;

/** A tool the palette offers for a kind of diagram: create an element at a point, or connect two views. */
public sealed interface PaletteEntry {

	String label();

	/** Click to create an element and its view where the click was. */
	record Creation(String label, String symbol, Creator creator) implements PaletteEntry {
		public Creation {
			Objects.requireNonNull(label);
			Objects.requireNonNull(creator);
		}
	}

	/** Press on a source, release on a target: the entry decides what connecting them means, or refuses. */
	record Connection(String label, Connector connector) implements PaletteEntry {
		public Connection {
			Objects.requireNonNull(label);
			Objects.requireNonNull(connector);
		}
	}

	@FunctionalInterface
	interface Creator {
		/**
		 * The command that creates the semantic element and its view at a diagram point (snapped to the grid), or
		 * null when nothing can be created there.
		 *
		 * @param container the container node under the click, or null for the diagram itself
		 */
		Command create(EditContext context, Point at, Node container);
	}

	@FunctionalInterface
	interface Connector {
		/** The command that connects the two, or null when they cannot be connected. */
		Command connect(EditContext context, View source, View target);
	}
}
