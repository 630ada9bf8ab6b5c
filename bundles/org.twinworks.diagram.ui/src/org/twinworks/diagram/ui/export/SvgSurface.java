// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.export;

import java.util.Locale;

import org.twinworks.diagram.geometry.Rgb;
import org.twinworks.diagram.description.LineStyle;
import org.twinworks.diagram.description.StyleSpec;
import org.twinworks.diagram.ui.render.DrawingSurface;
import org.twinworks.diagram.ui.render.TextMetrics;

/** Writes what the renderer draws as SVG 1.1 elements, in diagram coordinates. Our own small writer. */
final class SvgSurface implements DrawingSurface {
	private final StringBuilder out;
	private Rgb foreground = StyleSpec.BLACK;
	private Rgb background = StyleSpec.WHITE;
	private float lineWidth = 1;
	private LineStyle lineStyle = LineStyle.SOLID;
	private int alpha = 255;
	private int clips;
	private boolean clipOpen;

	SvgSurface(StringBuilder out) {
		this.out = out;
	}

	@Override
	public void setForeground(Rgb colour) {
		foreground = colour;
	}

	@Override
	public void setBackground(Rgb colour) {
		background = colour;
	}

	@Override
	public void setLineWidth(float width) {
		lineWidth = width;
	}

	@Override
	public void setLineStyle(LineStyle style) {
		lineStyle = style;
	}

	@Override
	public void setAlpha(int value) {
		alpha = value;
	}

	private String stroke() {
		float w = Math.max(0.75f, lineWidth);
		StringBuilder s = new StringBuilder(" fill=\"none\" stroke=\"").append(StyleSpec.format(foreground))
				.append("\" stroke-width=\"").append(num(w)).append('"');
		String dash = switch (lineStyle) {
		case SOLID -> null;
		case DASHED -> num(6 * w) + " " + num(4 * w);
		case DOTTED -> num(w) + " " + num(2.5f * w);
		case DASH_DOT -> num(8 * w) + " " + num(3 * w) + " " + num(w) + " " + num(3 * w);
		};
		if (dash != null) {
			s.append(" stroke-dasharray=\"").append(dash).append('"');
		}
		return s.append(opacity()).toString();
	}

	private String fill() {
		return " fill=\"" + StyleSpec.format(background) + "\"" + opacity();
	}

	private String opacity() {
		return alpha >= 255 ? "" : " opacity=\"" + num(alpha / 255f) + "\"";
	}

	private static String num(float value) {
		return value == Math.rint(value) ? Integer.toString((int) value) : String.format(Locale.ROOT, "%.2f", value);
	}

	private static String points(int[] xy) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i + 1 < xy.length; i += 2) {
			if (i > 0) {
				s.append(' ');
			}
			s.append(xy[i]).append(',').append(xy[i + 1]);
		}
		return s.toString();
	}

	@Override
	public void drawLine(int x1, int y1, int x2, int y2) {
		out.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
				.append("\" y2=\"").append(y2).append('"').append(stroke()).append("/>\n");
	}

	@Override
	public void drawPolyline(int[] xy) {
		out.append("<polyline points=\"").append(points(xy)).append('"').append(stroke()).append("/>\n");
	}

	@Override
	public void drawPolygon(int[] xy) {
		out.append("<polygon points=\"").append(points(xy)).append('"').append(stroke()).append("/>\n");
	}

	@Override
	public void fillPolygon(int[] xy) {
		out.append("<polygon points=\"").append(points(xy)).append('"').append(fill()).append("/>\n");
	}

	private void rect(int x, int y, int w, int h, int arc, String paint) {
		out.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w)
				.append("\" height=\"").append(h).append('"');
		if (arc > 0) {
			out.append(" rx=\"").append(arc / 2).append('"');
		}
		out.append(paint).append("/>\n");
	}

	@Override
	public void drawRectangle(int x, int y, int width, int height) {
		rect(x, y, width, height, 0, stroke());
	}

	@Override
	public void fillRectangle(int x, int y, int width, int height) {
		rect(x, y, width, height, 0, fill());
	}

	@Override
	public void drawRoundRectangle(int x, int y, int width, int height, int arc) {
		rect(x, y, width, height, arc, stroke());
	}

	@Override
	public void fillRoundRectangle(int x, int y, int width, int height, int arc) {
		rect(x, y, width, height, arc, fill());
	}

	private void ellipse(int x, int y, int w, int h, String paint) {
		out.append("<ellipse cx=\"").append(num(x + w / 2f)).append("\" cy=\"").append(num(y + h / 2f))
				.append("\" rx=\"").append(num(w / 2f)).append("\" ry=\"").append(num(h / 2f)).append('"').append(paint)
				.append("/>\n");
	}

	@Override
	public void drawOval(int x, int y, int width, int height) {
		ellipse(x, y, width, height, stroke());
	}

	@Override
	public void fillOval(int x, int y, int width, int height) {
		ellipse(x, y, width, height, fill());
	}

	@Override
	public void drawText(String text, int x, int y, int size, boolean bold) {
		// SVG places text by its baseline; the renderer by the top of the line
		out.append("<text x=\"").append(x).append("\" y=\"").append(num(y + size * 0.95f))
				.append("\" font-family=\"sans-serif\" font-size=\"").append(size).append('"')
				.append(bold ? " font-weight=\"bold\"" : "").append(" fill=\"").append(StyleSpec.format(foreground))
				.append('"').append(opacity()).append('>').append(escape(text)).append("</text>\n");
	}

	@Override
	public int textWidth(String text, int size, boolean bold) {
		return TextMetrics.estimateWidth(text, size, bold);
	}

	@Override
	public void clip(int x, int y, int width, int height) {
		clearClip();
		String id = "clip" + ++clips;
		out.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(x).append("\" y=\"").append(y)
				.append("\" width=\"").append(width).append("\" height=\"").append(height)
				.append("\"/></clipPath>\n<g clip-path=\"url(#").append(id).append(")\">\n");
		clipOpen = true;
	}

	@Override
	public void clearClip() {
		if (clipOpen) {
			out.append("</g>\n");
			clipOpen = false;
		}
	}

	static String escape(String text) {
		StringBuilder s = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '<' -> s.append("&lt;");
			case '>' -> s.append("&gt;");
			case '&' -> s.append("&amp;");
			case '"' -> s.append("&quot;");
			default -> {
				if (c >= 0x20 || c == '\t' || c == '\n') {
					s.append(c);
				}
			}
			}
		}
		return s.toString();
	}
}
