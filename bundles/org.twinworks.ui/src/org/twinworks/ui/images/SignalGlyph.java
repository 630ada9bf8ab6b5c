// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.images;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.twinworks.model.SignalDirection;

/**
 * A signal's icon in the {@link IconRenderer}'s 48-unit square: a card showing the kind of value (a sine for
 * analog, a square wave for digital, lines for text, a list for an enumeration) and an arrow for its direction:
 * in from the left for an input (blue), out to the right for an output (orange), none for an internal signal.
 */
record SignalGlyph(SignalDirection direction, SignalKind kind) {
	private static final Color INPUT = new Color(30, 100, 200);
	private static final Color OUTPUT = new Color(214, 110, 0);
	private static final Color INTERNAL = new Color(110, 116, 124);
	private static final Color CARD = new Color(250, 251, 253);
	private static final Color INK = new Color(34, 40, 49);

	void paint(GC gc) {
		Color accent = switch (direction == null ? SignalDirection.INTERNAL : direction) {
		case INPUT -> INPUT;
		case OUTPUT -> OUTPUT;
		case INTERNAL -> INTERNAL;
		};
		gc.setLineCap(SWT.CAP_ROUND);
		gc.setLineJoin(SWT.JOIN_ROUND);
		gc.setBackground(CARD);
		gc.fillRoundRectangle(11, 6, 26, 36, 8, 8);
		gc.setForeground(accent);
		gc.setLineWidth(4);
		gc.drawRoundRectangle(11, 6, 26, 36, 8, 8);
		gc.setBackground(accent);
		if (direction == SignalDirection.INPUT) {
			gc.fillPolygon(new int[]{0, 14, 12, 24, 0, 34});
		} else if (direction == SignalDirection.OUTPUT) {
			gc.fillPolygon(new int[]{36, 14, 48, 24, 36, 34});
		}
		gc.setForeground(INK);
		gc.setLineWidth(3);
		switch (kind) {
		case ANALOG -> gc.drawPolyline(new int[]{16, 24, 19, 16, 22, 14, 25, 24, 28, 32, 31, 32, 34, 24});
		case DIGITAL -> gc.drawPolyline(new int[]{15, 31, 20, 31, 20, 16, 27, 16, 27, 31, 33, 31});
		case TEXT -> {
			gc.drawLine(17, 15, 31, 15);
			gc.drawLine(17, 24, 31, 24);
			gc.drawLine(17, 33, 26, 33);
		}
		case ENUMERATION -> {
			for (int y : new int[]{15, 24, 33}) {
				gc.setBackground(INK);
				gc.fillOval(16, y - 2, 5, 5);
				gc.drawLine(25, y, 32, y);
			}
		}
		}
	}
}
