// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.render;

import org.jspecify.annotations.Nullable;
import org.twinworks.diagram.geometry.Rgb;
import org.eclipse.swt.graphics.Rectangle;
import org.twinworks.diagram.description.LabelPosition;
import org.twinworks.diagram.description.LineStyle;
import org.twinworks.diagram.description.StyleSpec;
import org.twinworks.diagram.overlay.Decoration;
import org.twinworks.diagram.overlay.Emphasis;
import org.twinworks.diagram.overlay.Overlay;
import org.twinworks.diagram.overlay.OverlayProvider;

/**
 * Paints the part of a scene inside a region onto any {@link DrawingSurface}. Level of detail follows the
 * zoom: text too small to read is not drawn (at fit-to-window on a big plant that is most of the cost), and
 * tiny symbols become plain boxes.
 */
public final class SceneRenderer {
	/** Text smaller than this on screen is skipped. */
	private static final double MIN_TEXT_PIXELS = 5;
	private static final double MIN_SYMBOL_PIXELS = 12;
	private static final Rgb GRID = new Rgb(232, 234, 238);
	private static final Rgb ERROR = new Rgb(204, 32, 32);
	private static final Rgb WARNING = new Rgb(232, 160, 0);
	private static final Rgb INFO = new Rgb(40, 110, 200);
	private static final Rgb OVERLAY_BACK = new Rgb(246, 248, 250);
	private static final Rgb OVERLAY_TEXT = new Rgb(16, 42, 84);
	private static final Rgb MUTED = new Rgb(140, 140, 140);
	/** Marks a value that just changed (during playback). */
	private static final Rgb MARKER = new Rgb(30, 110, 220);
	private static final Rgb ALARM_DEFAULT = new Rgb(210, 30, 30);
	private static final Rgb RUNNING_DEFAULT = new Rgb(60, 160, 80);

	private final SymbolLibrary symbols;
	private OverlayProvider overlays;
	private boolean overlaysVisible = true;
	private int gridSize;

	public SceneRenderer(SymbolLibrary symbols) {
		this.symbols = symbols;
	}

	public void setOverlays(@Nullable OverlayProvider provider) {
		overlays = provider;
	}

	public void setOverlaysVisible(boolean visible) {
		overlaysVisible = visible;
	}

	/** Grid spacing in diagram units; 0 for none. */
	public void setGrid(int size) {
		gridSize = size;
	}

	/** Paints everything of {@code scene} that touches {@code area} (diagram coordinates) at {@code zoom}. */
	public void paint(Scene scene, DrawingSurface g, Rectangle area, double zoom) {
		paintStatic(scene, g, area, zoom);
		paintOverlays(scene, g, area, zoom);
	}

	/**
	 * Live overlays only, drawn over what {@link #paintStatic} drew: the viewer keeps the static drawing in a buffer
	 * and re-composites just the overlays when values change, so a value update never re-renders symbols or pipes.
	 */
	public void paintOverlays(Scene scene, DrawingSurface g, Rectangle area, double zoom) {
		if (overlays == null || !overlaysVisible) {
			return;
		}
		OverlayBars bars = new OverlayBars();
		// overlays do not overlap one another: no paint order needed, so no sort; over most of the drawing a
		// plain walk of the nodes is cheaper than asking the index
		Rectangle extent = scene.extent();
		boolean most = (long) area.width * area.height * 2 > (long) extent.width * extent.height;
		Iterable<?> candidates = most ? scene.nodes() : scene.figuresInAnyOrder(area);
		for (Object figure : candidates) {
			if (figure instanceof NodeFigure n
					&& (!most || n.shape().intersects(area) || n.overlayBox().intersects(area))) {
				Overlay overlay = overlays.overlayFor(n.element());
				if (overlay != null) {
					paintOverlay(g, n, overlay, n.style().fontSize() * zoom >= MIN_TEXT_PIXELS, zoom, bars);
				}
			}
		}
		bars.fill(g);
	}

	/**
	 * Values too small to read become bars in their state's colour; thousands of them are filled as one shape
	 * per colour (a single fill is far cheaper than thousands of small ones).
	 */
	private static final class OverlayBars {
		private final java.util.Map<Rgb, IntList> byColour = new java.util.LinkedHashMap<>();

		void add(Rgb colour, int x, int y, int width, int height) {
			byColour.computeIfAbsent(colour, c -> new IntList()).add(x, y, width, height);
		}

		void fill(DrawingSurface g) {
			byColour.forEach((colour, rectangles) -> {
				g.setBackground(colour);
				g.fillRectangles(rectangles.toArray());
			});
		}
	}

	private static final class IntList {
		private int[] values = new int[64];
		private int size;

		void add(int a, int b, int c, int d) {
			if (size + 4 > values.length) {
				values = java.util.Arrays.copyOf(values, values.length * 2);
			}
			values[size++] = a;
			values[size++] = b;
			values[size++] = c;
			values[size++] = d;
		}

		int[] toArray() {
			return java.util.Arrays.copyOf(values, size);
		}
	}

	/** Whether anything would be drawn by {@link #paintOverlays}. */
	public boolean hasOverlays() {
		return overlays != null && overlaysVisible;
	}

	/** The scene without live overlays: grid, containers, edges, symbols, labels, decorations. */
	public void paintStatic(Scene scene, DrawingSurface g, Rectangle area, double zoom) {
		g.setAlpha(255);
		g.setBackground(StyleSpec.WHITE);
		g.fillRectangle(area.x, area.y, area.width, area.height);
		paintGrid(g, area, zoom);
		for (Object figure : scene.figuresIn(area)) {
			switch (figure) {
			case NodeFigure n -> paintNode(g, n, zoom);
			case EdgeFigure e -> paintEdge(g, e, zoom);
			case PortFigure p -> paintPort(g, p, zoom);
			default -> throw new IllegalStateException();
			}
		}
	}

	private void paintGrid(DrawingSurface g, Rectangle area, double zoom) {
		if (gridSize <= 0 || gridSize * zoom < 6) {
			return;
		}
		g.setForeground(GRID);
		g.setLineWidth(0);
		g.setLineStyle(LineStyle.SOLID);
		int step = gridSize * (gridSize * zoom < 12 ? 5 : 1);
		for (int x = Math.floorDiv(area.x, step) * step; x <= area.x + area.width; x += step) {
			g.drawLine(x, area.y, x, area.y + area.height);
		}
		for (int y = Math.floorDiv(area.y, step) * step; y <= area.y + area.height; y += step) {
			g.drawLine(area.x, y, area.x + area.width, y);
		}
	}

	private void paintNode(DrawingSurface g, NodeFigure n, double zoom) {
		Rectangle s = n.shape();
		StyleSpec style = n.style();
		boolean readable = style.fontSize() * zoom >= MIN_TEXT_PIXELS;
		if (Math.min(s.width, s.height) * zoom < MIN_SYMBOL_PIXELS && !n.isContainer()) {
			// a symbol a few pixels wide is a box: same place and colour, a fraction of the drawing
			SymbolLibrary.fill(g, style);
			g.fillRectangle(s.x, s.y, s.width, s.height);
			g.setForeground(style.stroke());
			g.setLineWidth(0);
			g.setLineStyle(LineStyle.SOLID);
			g.drawRectangle(s.x, s.y, s.width, s.height);
		} else {
			Symbol symbol = symbols.get(n.symbol());
			symbol.paint(g, s.x, s.y, s.width, s.height, style, readable ? n.label() : "");
		}
		if (readable && n.labelBox() != null) {
			g.setForeground(style.text());
			boolean bold = n.isContainer() && n.mapping().labelPosition() == LabelPosition.TOP_LEFT;
			g.drawText(n.label(), n.labelBox().x, n.labelBox().y, style.fontSize(), bold);
		}
		paintDecorations(g, n);
	}

	private static void paintOverlay(DrawingSurface g, NodeFigure n, Overlay overlay, boolean readable, double zoom,
			OverlayBars bars) {
		Rectangle s = n.shape();
		switch (overlay.emphasis()) {
		case ALARM -> {
			g.setForeground(overlay.accent() == null ? ALARM_DEFAULT : overlay.accent());
			g.setLineWidth(3);
			g.setLineStyle(LineStyle.SOLID);
			g.drawRectangle(s.x - 3, s.y - 3, s.width + 6, s.height + 6);
		}
		case BAD -> hatch(g, s);
		case UNCERTAIN -> {
			g.setForeground(MUTED);
			g.setLineWidth(1.5f);
			g.setLineStyle(LineStyle.DOTTED);
			g.drawRectangle(s.x - 3, s.y - 3, s.width + 6, s.height + 6);
		}
		case RUNNING -> {
			// calm: a bar down the left edge of the value box (drawn with the box below); running is news,
			// not an alarm
		}
		case STALE, DISCONNECTED -> {
			g.setAlpha(overlay.emphasis() == Emphasis.STALE ? 150 : 190);
			g.setBackground(StyleSpec.WHITE);
			g.fillRectangle(s.x - 1, s.y - 1, s.width + 2, s.height + 2);
			g.setAlpha(255);
		}
		default -> {
			// NORMAL and NO_VALUE change the text box only
		}
		}
		if (n.isContainer() || overlay.text() == null || overlay.text().isEmpty()) {
			return;
		}
		Rectangle box = n.overlayBox();
		boolean quiet = overlay.emphasis() == Emphasis.DISCONNECTED || overlay.emphasis() == Emphasis.NO_VALUE
				|| overlay.emphasis() == Emphasis.STALE;
		if (!readable || NodeFigure.OVERLAY_HEIGHT * zoom < 7) {
			// too small to read: a bar in the value's state colour still shows where values are
			bars.add(quiet ? MUTED : overlay.emphasis() == Emphasis.ALARM ? ALARM_DEFAULT : OVERLAY_TEXT,
					box.x + box.width / 4, box.y + 2, box.width / 2, box.height - 4);
			return;
		}
		g.setBackground(OVERLAY_BACK);
		g.fillRectangle(box.x, box.y, box.width, box.height);
		g.setForeground(quiet ? MUTED : OVERLAY_TEXT);
		g.setLineWidth(0);
		g.setLineStyle(overlay.emphasis() == Emphasis.DISCONNECTED || overlay.emphasis() == Emphasis.NO_VALUE
				? LineStyle.DASHED
				: LineStyle.SOLID);
		g.drawRectangle(box.x, box.y, box.width, box.height);
		if (overlay.emphasis() == Emphasis.RUNNING) {
			g.setBackground(overlay.accent() == null ? RUNNING_DEFAULT : overlay.accent());
			g.fillRectangle(box.x, box.y, 4, box.height + 1);
		}
		// left-aligned and cut to the box by an estimate: measuring and clipping every value would cost more
		// than drawing it, many times a second
		int indent = overlay.emphasis() == Emphasis.RUNNING ? 7 : 3;
		int marker = overlay.marked() ? box.height - 4 : 0;
		String text = fitted(overlay.text(), box.width - indent - 1 - marker, 10);
		g.drawText(text, box.x + indent, box.y + 1, 10, false);
		if (overlay.marked()) {
			// a filled triangle at the right end: visible on any emphasis, and it does not move the text
			g.setBackground(MARKER);
			int right = box.x + box.width - 2;
			g.fillPolygon(new int[]{right - marker, box.y + 2, right, box.y + 2, right, box.y + 2 + marker});
		}
	}

	private static String fitted(String text, int width, int size) {
		if (TextMetrics.estimateWidth(text, size, false) <= width) {
			return text;
		}
		int chars = Math.max(1, (int) (width / (size * 0.6f)) - 1);
		return text.length() <= chars ? text : text.substring(0, chars) + "…";
	}

	private static void hatch(DrawingSurface g, Rectangle s) {
		g.clip(s.x, s.y, s.width, s.height);
		g.setForeground(new Rgb(150, 60, 60));
		g.setLineWidth(1);
		g.setLineStyle(LineStyle.SOLID);
		for (int d = -s.height; d < s.width; d += 7) {
			g.drawLine(s.x + d, s.y + s.height, s.x + d + s.height, s.y);
		}
		g.clearClip();
	}

	private static void paintDecorations(DrawingSurface g, NodeFigure n) {
		if (n.decorations().isEmpty()) {
			return;
		}
		Decoration.Severity worst = Decoration.Severity.INFO;
		for (Decoration d : n.decorations()) {
			if (d.severity().compareTo(worst) > 0) {
				worst = d.severity();
			}
		}
		Rectangle b = n.decorationBox();
		g.setAlpha(255);
		g.setLineStyle(LineStyle.SOLID);
		switch (worst) {
		case ERROR -> {
			g.setBackground(ERROR);
			g.fillOval(b.x, b.y, b.width, b.height);
			g.setForeground(StyleSpec.WHITE);
			g.setLineWidth(2);
			g.drawLine(b.x + 3, b.y + 3, b.x + b.width - 3, b.y + b.height - 3);
			g.drawLine(b.x + b.width - 3, b.y + 3, b.x + 3, b.y + b.height - 3);
		}
		case WARNING -> {
			g.setBackground(WARNING);
			g.fillPolygon(new int[]{b.x + b.width / 2, b.y, b.x + b.width, b.y + b.height, b.x, b.y + b.height});
			g.setForeground(StyleSpec.BLACK);
			g.setLineWidth(1.5f);
			g.drawLine(b.x + b.width / 2, b.y + 4, b.x + b.width / 2, b.y + b.height - 4);
		}
		case INFO -> {
			g.setBackground(INFO);
			g.fillOval(b.x, b.y, b.width, b.height);
		}
		}
	}

	private static void paintEdge(DrawingSurface g, EdgeFigure e, double zoom) {
		StyleSpec style = e.style();
		g.setForeground(style.stroke());
		g.setLineWidth(style.lineWidth());
		g.setLineStyle(style.line());
		int[] points = e.route().points();
		g.drawPolyline(points);
		if (e.arrow() && (5 + style.lineWidth()) * zoom >= 3) {
			arrowAtMiddle(g, e, style);
		}
		if (!e.label().isEmpty() && (style.fontSize() - 1) * zoom >= MIN_TEXT_PIXELS) {
			Rectangle box = e.labelBox();
			g.setForeground(style.text());
			g.drawText(e.label(), box.x, box.y, style.fontSize() - 1, false);
		}
	}

	/** A filled flow arrow in the middle of the longest segment, pointing downstream. */
	private static void arrowAtMiddle(DrawingSurface g, EdgeFigure e, StyleSpec style) {
		Polyline route = e.route();
		int best = route.longestSegment();
		double dx = route.x(best + 1) - route.x(best), dy = route.y(best + 1) - route.y(best);
		double length = Math.hypot(dx, dy);
		if (length < 16) {
			return;
		}
		double ux = dx / length, uy = dy / length;
		double mx = route.x(best) + dx / 2 + ux * 4, my = route.y(best) + dy / 2 + uy * 4;
		double size = 5 + style.lineWidth();
		int[] triangle = {(int) Math.round(mx), (int) Math.round(my),
				(int) Math.round(mx - ux * size * 1.8 - uy * size), (int) Math.round(my - uy * size * 1.8 + ux * size),
				(int) Math.round(mx - ux * size * 1.8 + uy * size), (int) Math.round(my - uy * size * 1.8 - ux * size)};
		g.setBackground(style.stroke());
		g.setLineStyle(LineStyle.SOLID);
		g.fillPolygon(triangle);
	}

	private static void paintPort(DrawingSurface g, PortFigure p, double zoom) {
		if (p.shape().width * zoom < 3) {
			return;
		}
		Rectangle s = p.shape();
		SymbolLibrary.fill(g, p.style());
		g.fillRectangle(s.x, s.y, s.width, s.height);
		SymbolLibrary.stroke(g, p.style());
		g.setLineStyle(LineStyle.SOLID);
		g.drawRectangle(s.x, s.y, s.width, s.height);
	}
}
