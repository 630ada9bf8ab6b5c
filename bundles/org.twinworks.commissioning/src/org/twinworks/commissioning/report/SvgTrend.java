// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.io.IOException;

/** A step's trend as a small inline SVG: value over time, measurement blue and feedback orange. */
final class SvgTrend {
	static final int WIDTH = 150;
	static final int HEIGHT = 40;
	private static final int PAD = 2;

	private SvgTrend() {
	}

	static void write(Xhtml html, TrendSeries trend) throws IOException {
		html.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "trend", "width", Integer.toString(WIDTH),
				"height", Integer.toString(HEIGHT), "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "role", "img");
		html.element("title", title(trend));
		html.raw("<rect x=\"0.5\" y=\"0.5\" width=\"" + (WIDTH - 1) + "\" height=\"" + (HEIGHT - 1)
				+ "\" fill=\"#fff\" stroke=\"#bbb\"/>");
		for (TrendSeries.Line line : trend.lines()) {
			String colour = TrendSeries.FEEDBACK.equals(line.role()) ? "#d9730d" : "#1f5fbf";
			StringBuilder points = new StringBuilder(line.x().length * 12);
			for (int i = 0; i < line.x().length; i++) {
				points.append(i == 0 ? "" : " ").append(coordinate(PAD + line.x()[i] * (WIDTH - 2 * PAD))).append(',')
						.append(coordinate(HEIGHT - PAD - line.y()[i] * (HEIGHT - 2 * PAD)));
			}
			if (line.x().length == 1) {
				html.raw("<circle r=\"1.5\" fill=\"" + colour + "\" cx=\"" + points.substring(0, points.indexOf(","))
						+ "\" cy=\"" + points.substring(points.indexOf(",") + 1) + "\"/>");
			} else {
				html.raw("<polyline fill=\"none\" stroke-width=\"1.2\" stroke=\"" + colour + "\" points=\"" + points
						+ "\"/>");
			}
		}
		html.close("svg");
	}

	static String title(TrendSeries trend) {
		StringBuilder title = new StringBuilder();
		for (TrendSeries.Line line : trend.lines()) {
			title.append(title.isEmpty() ? "" : ", ").append(line.role()).append(' ').append(line.tag());
		}
		return title.append(" (").append(Texts.number(trend.min())).append(" .. ").append(Texts.number(trend.max()))
				.append(')').toString();
	}

	private static String coordinate(double value) {
		return Long.toString(Math.round(value * 10) / 10) + "." + Math.abs(Math.round(value * 10) % 10);
	}
}
