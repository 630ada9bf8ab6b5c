// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.render;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.jspecify.annotations.Nullable;
import org.twinworks.diagram.geometry.Rgb;
import org.eclipse.swt.graphics.Rectangle;
import org.twinworks.diagram.description.LineStyle;

/** Draws on an SWT GC in whatever transform the caller set (the viewer's zoom and scroll, or an export scale). */
public final class SwtSurface implements DrawingSurface {
	private static final Map<Rgb, Color> COLOURS = new HashMap<>();

	private final GC gc;
	private final FontCache fonts;
	private float lineWidth = 1;
	private LineStyle lineStyle = LineStyle.SOLID;

	private final Rectangle baseClip;

	public SwtSurface(GC gc, FontCache fonts) {
		this(gc, fonts, null);
	}

	/** @param baseClip the region being painted, in diagram coordinates; inner clips stay inside it */
	public SwtSurface(GC gc, FontCache fonts, @Nullable Rectangle baseClip) {
		this.gc = gc;
		this.fonts = fonts;
		this.baseClip = baseClip;
		if (baseClip != null) {
			gc.setClipping(baseClip);
		}
	}

	/** Colours need no disposal since SWT 3.115; sharing them keeps the paint loop free of allocation. */
	private static Color colour(Rgb rgb) {
		synchronized (COLOURS) {
			return COLOURS.computeIfAbsent(rgb, c -> new Color(c.red(), c.green(), c.blue()));
		}
	}

	@Override
	public void setForeground(Rgb colour) {
		gc.setForeground(colour(colour));
	}

	@Override
	public void setBackground(Rgb colour) {
		gc.setBackground(colour(colour));
	}

	@Override
	public void setLineWidth(float width) {
		lineWidth = width;
		applyLine();
	}

	@Override
	public void setLineStyle(LineStyle style) {
		lineStyle = style;
		applyLine();
	}

	private void applyLine() {
		float w = Math.max(0.75f, lineWidth);
		float[] dash = switch (lineStyle) {
		case SOLID -> null;
		case DASHED -> new float[]{6 * w, 4 * w};
		case DOTTED -> new float[]{w, 2.5f * w};
		case DASH_DOT -> new float[]{8 * w, 3 * w, w, 3 * w};
		};
		gc.setLineAttributes(new LineAttributes(w, SWT.CAP_FLAT, SWT.JOIN_MITER,
				dash == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM, dash, 0, 10));
	}

	@Override
	public void setAlpha(int alpha) {
		gc.setAlpha(alpha);
	}

	@Override
	public void drawLine(int x1, int y1, int x2, int y2) {
		gc.drawLine(x1, y1, x2, y2);
	}

	@Override
	public void drawPolyline(int[] points) {
		gc.drawPolyline(points);
	}

	@Override
	public void drawPolygon(int[] points) {
		gc.drawPolygon(points);
	}

	@Override
	public void fillPolygon(int[] points) {
		gc.fillPolygon(points);
	}

	@Override
	public void drawRectangle(int x, int y, int width, int height) {
		gc.drawRectangle(x, y, width, height);
	}

	@Override
	public void fillRectangle(int x, int y, int width, int height) {
		gc.fillRectangle(x, y, width, height);
	}

	/** One path, one fill: cairo fills a thousand rectangles in one call about as fast as one. */
	@Override
	public void fillRectangles(int[] rectangles) {
		org.eclipse.swt.graphics.Path path = new org.eclipse.swt.graphics.Path(gc.getDevice());
		try {
			for (int i = 0; i + 3 < rectangles.length; i += 4) {
				path.addRectangle(rectangles[i], rectangles[i + 1], rectangles[i + 2], rectangles[i + 3]);
			}
			gc.fillPath(path);
		} finally {
			path.dispose();
		}
	}

	@Override
	public void drawRoundRectangle(int x, int y, int width, int height, int arc) {
		gc.drawRoundRectangle(x, y, width, height, arc, arc);
	}

	@Override
	public void fillRoundRectangle(int x, int y, int width, int height, int arc) {
		gc.fillRoundRectangle(x, y, width, height, arc, arc);
	}

	@Override
	public void drawOval(int x, int y, int width, int height) {
		gc.drawOval(x, y, width, height);
	}

	@Override
	public void fillOval(int x, int y, int width, int height) {
		gc.fillOval(x, y, width, height);
	}

	@Override
	public void drawText(String text, int x, int y, int size, boolean bold) {
		gc.setFont(fonts.get(size, bold));
		gc.drawString(text, x, y, true);
	}

	@Override
	public int textWidth(String text, int size, boolean bold) {
		gc.setFont(fonts.get(size, bold));
		return gc.stringExtent(text).x;
	}

	@Override
	public void clip(int x, int y, int width, int height) {
		Rectangle area = new Rectangle(x, y, width, height);
		gc.setClipping(baseClip == null ? area : area.intersection(baseClip));
	}

	@Override
	public void clearClip() {
		gc.setClipping(baseClip);
	}
}
