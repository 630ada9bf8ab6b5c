// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.twinworks.diagram.description.BuiltInSymbols;
import org.twinworks.diagram.description.StyleSpec;

/** Symbols by id; mappings name symbols, the library draws them. Starts with the generic shapes. */
public final class SymbolLibrary {
	public static final String RECTANGLE = BuiltInSymbols.RECTANGLE;
	public static final String ROUNDED = BuiltInSymbols.ROUNDED;
	public static final String ELLIPSE = BuiltInSymbols.ELLIPSE;
	public static final String CONTAINER = BuiltInSymbols.CONTAINER;
	public static final String PORT = BuiltInSymbols.PORT;

	private final Map<String, Symbol> symbols = new LinkedHashMap<>();

	public SymbolLibrary() {
		register(RECTANGLE, SymbolLibrary::rectangle);
		register(ROUNDED, (g, x, y, w, h, s, l) -> {
			fill(g, s);
			g.fillRoundRectangle(x, y, w, h, 10);
			stroke(g, s);
			g.drawRoundRectangle(x, y, w, h, 10);
		});
		register(ELLIPSE, (g, x, y, w, h, s, l) -> {
			fill(g, s);
			g.fillOval(x, y, w, h);
			stroke(g, s);
			g.drawOval(x, y, w, h);
		});
		register(CONTAINER, (g, x, y, w, h, s, l) -> {
			fill(g, s);
			g.fillRoundRectangle(x, y, w, h, 6);
			stroke(g, s);
			g.drawRoundRectangle(x, y, w, h, 6);
		});
		register(PORT, SymbolLibrary::rectangle);
	}

	public SymbolLibrary register(String id, Symbol symbol) {
		symbols.put(id, symbol);
		return this;
	}

	/** The symbol with this id, a plain rectangle when there is none (a missing symbol must not hide a node). */
	public Symbol get(String id) {
		Symbol symbol = symbols.get(id);
		return symbol == null ? symbols.get(RECTANGLE) : symbol;
	}

	public Set<String> ids() {
		return symbols.keySet();
	}

	private static void rectangle(DrawingSurface g, int x, int y, int w, int h, StyleSpec s, String label) {
		fill(g, s);
		g.fillRectangle(x, y, w, h);
		stroke(g, s);
		g.drawRectangle(x, y, w, h);
	}

	/** Sets the fill colour when the style has one (callers then fill). */
	public static void fill(DrawingSurface g, StyleSpec style) {
		g.setBackground(style.fill() == null ? StyleSpec.WHITE : style.fill());
	}

	public static void stroke(DrawingSurface g, StyleSpec style) {
		g.setForeground(style.stroke());
		g.setLineWidth(style.lineWidth());
		g.setLineStyle(style.line());
	}
}
