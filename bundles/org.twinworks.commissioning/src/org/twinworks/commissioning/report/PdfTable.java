// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.io.IOException;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table on the canvas: fixed column widths, cells wrapped (never cut), rows that do not fit moved to the next
 * page with the header repeated. A row may paint into its last cell (a trend picture).
 */
final class PdfTable {
	private static final float PAD = 2;

	/** Paints into a cell's box (x, y of its lower left corner). */
	@FunctionalInterface
	interface CellPainter {
		void paint(PdfCanvas canvas, float x, float y, float width, float height) throws IOException;
	}

	private final PdfCanvas canvas;
	private final float x;
	private final float[] widths;
	private final String @Nullable [] headers;
	private final float size;
	private final float leading;
	private @Nullable PdfFont firstColumnFont;

	PdfTable(PdfCanvas canvas, float x, float[] widths, String @Nullable [] headers, float size) {
		this.canvas = canvas;
		this.x = x;
		this.widths = widths;
		this.headers = headers;
		this.size = size;
		this.leading = size * 1.2f;
	}

	/** Widths that fill the page from {@code x}: the last column takes what the others leave. */
	static float[] filling(float x, float... fixed) {
		float[] widths = new float[fixed.length + 1];
		float used = 0;
		for (int i = 0; i < fixed.length; i++) {
			widths[i] = fixed[i];
			used += fixed[i];
		}
		widths[fixed.length] = PdfCanvas.RIGHT - x - used;
		return widths;
	}

	/** Prints the first column in bold (label/value tables). */
	PdfTable labelled() {
		this.firstColumnFont = canvas.bold;
		return this;
	}

	void header() throws IOException {
		if (headers == null) {
			return;
		}
		float height = leading + 2 * PAD;
		canvas.ensure(height + leading + 2 * PAD);
		float top = canvas.y();
		canvas.fill(x, top - height, totalWidth(), height, 0.9f);
		float cellX = x;
		for (int i = 0; i < headers.length; i++) {
			canvas.text(canvas.bold, size, cellX + PAD, top - PAD - size, canvas.bold.printable(headers[i]), 0);
			cellX += widths[i];
		}
		canvas.down(height);
	}

	void row(String... cells) throws IOException {
		row(cells, 0, null);
	}

	void row(String[] cells, float minHeight, @Nullable CellPainter lastCell) throws IOException {
		@SuppressWarnings("unchecked")
		List<String>[] lines = new List[cells.length];
		int most = 1;
		for (int i = 0; i < cells.length; i++) {
			PdfFont font = font(i);
			lines[i] = font.wrap(font.printable(cells[i]), size, widths[i] - 2 * PAD);
			most = Math.max(most, lines[i].size());
		}
		int fitting = (int) ((PdfCanvas.TOP - PdfCanvas.BOTTOM - 40) / leading);
		most = Math.min(most, fitting); // a cell taller than a page is cut rather than looping over pages
		float height = Math.max(most * leading + 2 * PAD, minHeight);
		if (!canvas.fits(height)) {
			canvas.newPage();
			header();
		}
		float top = canvas.y();
		float cellX = x;
		for (int i = 0; i < cells.length; i++) {
			PdfFont font = font(i);
			float baseline = top - PAD - size;
			for (int line = 0; line < Math.min(most, lines[i].size()); line++) {
				String text = lines[i].get(line);
				if (!text.isEmpty()) {
					canvas.text(font, size, cellX + PAD, baseline, text, 0);
				}
				baseline -= leading;
			}
			cellX += widths[i];
		}
		if (lastCell != null) {
			float width = widths[widths.length - 1];
			lastCell.paint(canvas, cellX - width + PAD, top - height + PAD, width - 2 * PAD, height - 2 * PAD);
		}
		canvas.down(height);
		canvas.rule(x, canvas.y(), x + totalWidth());
	}

	private PdfFont font(int column) {
		return column == 0 && firstColumnFont != null ? firstColumnFont : canvas.regular;
	}

	private float totalWidth() {
		float total = 0;
		for (float width : widths) {
			total += width;
		}
		return total;
	}
}
