// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** A step's trend as vector lines in a table cell: measurement blue, feedback orange, in a grey frame. */
final class PdfTrend implements PdfTable.CellPainter {
	private final TrendSeries trend;

	PdfTrend(TrendSeries trend) {
		this.trend = trend;
	}

	@Override
	public void paint(PdfCanvas canvas, float x, float y, float width, float height) throws IOException {
		PDPageContentStream out = canvas.graphics();
		out.setLineWidth(0.4f);
		out.setStrokingColor(0.7f);
		out.addRect(x, y, width, height);
		out.stroke();
		out.setLineWidth(0.8f);
		for (TrendSeries.Line line : trend.lines()) {
			if (TrendSeries.FEEDBACK.equals(line.role())) {
				out.setStrokingColor(0.85f, 0.45f, 0.05f);
			} else {
				out.setStrokingColor(0.12f, 0.37f, 0.75f);
			}
			double[] xs = line.x();
			double[] ys = line.y();
			float px = (float) (x + 1 + xs[0] * (width - 2));
			float py = (float) (y + 1 + ys[0] * (height - 2));
			out.moveTo(px, py);
			if (xs.length == 1) {
				out.lineTo(px + 1, py);
			}
			for (int i = 1; i < xs.length; i++) {
				out.lineTo((float) (x + 1 + xs[i] * (width - 2)), (float) (y + 1 + ys[i] * (height - 2)));
			}
			out.stroke();
		}
	}
}
