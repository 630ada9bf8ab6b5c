// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;

/**
 * A4 pages that fill from the top: a cursor, a running header, page breaks, and text kept in one text object per
 * run of cells (closed only when a line or box is drawn), so a long report stays small and quick to write. Page
 * numbers ("page N of M") are added once the page count is known.
 */
final class PdfCanvas {
	static final float MARGIN = 40;
	static final float LEFT = MARGIN;
	static final float RIGHT = PDRectangle.A4.getWidth() - MARGIN;
	static final float WIDTH = RIGHT - LEFT;
	static final float TOP = PDRectangle.A4.getHeight() - MARGIN - 12;
	static final float BOTTOM = MARGIN + 14;

	final PdfFont regular = new PdfFont(Standard14Fonts.FontName.HELVETICA);
	final PdfFont bold = new PdfFont(Standard14Fonts.FontName.HELVETICA_BOLD);
	private final PDDocument document;
	private final String runningHeader;
	private @Nullable PDPageContentStream stream;
	private float y = TOP;
	private @Nullable String continuation;

	private boolean inText;
	private @Nullable PdfFont textFont;
	private float textSize;
	private float textX;
	private float textY;
	private float textGrey = -1;
	// table rules of the current page, drawn as one path when the page closes so text runs stay unbroken
	private float[] rules = new float[3 * 256];
	private int ruleCount;

	PdfCanvas(PDDocument document, String runningHeader) {
		this.document = document;
		this.runningHeader = runningHeader;
	}

	float y() {
		return y;
	}

	void down(float distance) {
		y -= distance;
	}

	boolean fits(float height) {
		return stream != null && y - height >= BOTTOM;
	}

	void ensure(float height) throws IOException {
		if (!fits(height)) {
			newPage();
		}
	}

	/** What a page started in the middle of a sheet says first, e.g. "FT-101 (continued)"; null for none. */
	void continuation(@Nullable String caption) {
		this.continuation = caption;
	}

	void newPage() throws IOException {
		closeStream();
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		stream = new PDPageContentStream(document, page);
		y = TOP;
		text(regular, 7, LEFT, TOP + 10, runningHeader, 0.45f);
		line(LEFT, TOP + 6, RIGHT, TOP + 6, 0.5f, 0.6f);
		y -= 6;
		if (continuation != null) {
			y -= 9;
			text(bold, 8, LEFT, y, continuation, 0.3f);
			y -= 5;
		}
	}

	/** Draws one line of printable text with its baseline at {@code baseline}. */
	void text(PdfFont font, float size, float x, float baseline, String printable, float grey) throws IOException {
		PDPageContentStream out = stream();
		if (!inText) {
			out.beginText();
			inText = true;
			textX = 0;
			textY = 0;
			textFont = null;
			textGrey = -1;
		}
		if (font != textFont || size != textSize) {
			out.setFont(font.font, size);
			textFont = font;
			textSize = size;
		}
		if (grey != textGrey) {
			out.setNonStrokingColor(grey);
			textGrey = grey;
		}
		out.newLineAtOffset(x - textX, baseline - textY);
		textX = x;
		textY = baseline;
		out.showText(printable);
	}

	void line(float x1, float y1, float x2, float y2, float width, float grey) throws IOException {
		PDPageContentStream out = graphics();
		out.setLineWidth(width);
		out.setStrokingColor(grey);
		out.moveTo(x1, y1);
		out.lineTo(x2, y2);
		out.stroke();
	}

	/** A thin grey horizontal rule under a table row. */
	void rule(float x1, float y, float x2) {
		if (ruleCount * 3 + 3 > rules.length) {
			rules = java.util.Arrays.copyOf(rules, rules.length * 2);
		}
		rules[ruleCount * 3] = x1;
		rules[ruleCount * 3 + 1] = y;
		rules[ruleCount * 3 + 2] = x2;
		ruleCount++;
	}

	void fill(float x, float y, float width, float height, float grey) throws IOException {
		PDPageContentStream out = graphics();
		out.setNonStrokingColor(grey);
		out.addRect(x, y, width, height);
		out.fill();
	}

	/** The page's content stream for drawing lines and shapes (outside any text object). */
	PDPageContentStream graphics() throws IOException {
		PDPageContentStream out = stream();
		if (inText) {
			out.endText();
			inText = false;
		}
		return out;
	}

	private PDPageContentStream stream() throws IOException {
		if (stream == null) {
			newPage();
		}
		return stream;
	}

	private void closeStream() throws IOException {
		if (stream != null) {
			PDPageContentStream out = graphics();
			if (ruleCount > 0) {
				out.setLineWidth(0.3f);
				out.setStrokingColor(0.75f);
				for (int i = 0; i < ruleCount * 3; i += 3) {
					out.moveTo(rules[i], rules[i + 1]);
					out.lineTo(rules[i + 2], rules[i + 1]);
				}
				out.stroke();
				ruleCount = 0;
			}
			stream.close();
			stream = null;
		}
	}

	/** Closes the last page and stamps every page's footer: what the report is, and "page N of M". */
	void finish(String footer) throws IOException {
		closeStream();
		int count = document.getNumberOfPages();
		String left = regular.printable(footer);
		int number = 0;
		for (PDPage page : document.getPages()) {
			number++;
			try (PDPageContentStream out = new PDPageContentStream(document, page,
					PDPageContentStream.AppendMode.APPEND, true)) {
				out.setStrokingColor(0.6f);
				out.setLineWidth(0.5f);
				out.moveTo(LEFT, MARGIN + 8);
				out.lineTo(RIGHT, MARGIN + 8);
				out.stroke();
				out.beginText();
				out.setNonStrokingColor(0.3f);
				out.setFont(regular.font, 7);
				out.newLineAtOffset(LEFT, MARGIN);
				out.showText(left);
				String pageText = "page " + number + " of " + count;
				out.newLineAtOffset(WIDTH - regular.width(pageText, 7), 0);
				out.showText(pageText);
				out.endText();
			}
		}
	}
}
