// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.render;

import org.twinworks.diagram.geometry.Rgb;
import org.twinworks.diagram.description.LineStyle;

/**
 * Where figures and symbols draw, in diagram coordinates. The screen (an SWT GC with a zoom transform), PNG
 * export and the SVG writer implement it, so what is exported is what is on screen.
 */
public interface DrawingSurface {

	void setForeground(Rgb colour);

	void setBackground(Rgb colour);

	void setLineWidth(float width);

	void setLineStyle(LineStyle style);

	/** 0 (transparent) to 255 (opaque), for what is drawn next. */
	void setAlpha(int alpha);

	void drawLine(int x1, int y1, int x2, int y2);

	void drawPolyline(int[] points);

	void drawPolygon(int[] points);

	void fillPolygon(int[] points);

	void drawRectangle(int x, int y, int width, int height);

	void fillRectangle(int x, int y, int width, int height);

	/** Fills many rectangles (x, y, width, height, …) in the background colour; surfaces may do it in one go. */
	default void fillRectangles(int[] rectangles) {
		for (int i = 0; i + 3 < rectangles.length; i += 4) {
			fillRectangle(rectangles[i], rectangles[i + 1], rectangles[i + 2], rectangles[i + 3]);
		}
	}

	void drawRoundRectangle(int x, int y, int width, int height, int arc);

	void fillRoundRectangle(int x, int y, int width, int height, int arc);

	void drawOval(int x, int y, int width, int height);

	void fillOval(int x, int y, int width, int height);

	/** Text with its top-left corner at (x, y), {@code size} diagram units high, in the foreground colour. */
	void drawText(String text, int x, int y, int size, boolean bold);

	/** Width of {@code text} at {@code size}, in diagram units. */
	int textWidth(String text, int size, boolean bold);

	/** Limits drawing to a rectangle until {@link #clearClip()}. */
	void clip(int x, int y, int width, int height);

	void clearClip();
}
