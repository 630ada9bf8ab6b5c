// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.twinworks.commissioning.record.CheckState;

/**
 * Small state icons drawn at start-up (no image files to keep in step with the states): a filled disc per outcome, a
 * ring for not started, a cross for obsolete. Owned by one view, disposed with it.
 */
final class StateImages implements AutoCloseable {
	static final RGB PASSED = new RGB(46, 160, 67);
	static final RGB FAILED = new RGB(207, 34, 46);
	static final RGB BLOCKED = new RGB(219, 130, 20);
	static final RGB PENDING = new RGB(150, 150, 150);
	static final RGB RUNNING = new RGB(9, 105, 218);

	private final Map<CheckState, Image> states = new EnumMap<>(CheckState.class);
	private final Image obsolete;

	StateImages(Display display) {
		states.put(CheckState.NOT_STARTED, draw(display, PENDING, false, false));
		states.put(CheckState.IN_PROGRESS, draw(display, RUNNING, true, false));
		states.put(CheckState.PASSED, draw(display, PASSED, true, false));
		states.put(CheckState.FAILED, draw(display, FAILED, true, false));
		states.put(CheckState.SKIPPED, draw(display, PENDING, true, false));
		states.put(CheckState.BLOCKED, draw(display, BLOCKED, true, false));
		obsolete = draw(display, PENDING, false, true);
	}

	Image of(CheckState state) {
		return states.get(state);
	}

	Image obsolete() {
		return obsolete;
	}

	Image of(ChecklistState state) {
		return switch (state) {
		case PASSED -> states.get(CheckState.PASSED);
		case FAILED -> states.get(CheckState.FAILED);
		case BLOCKED -> states.get(CheckState.BLOCKED);
		case PENDING -> states.get(CheckState.NOT_STARTED);
		case OBSOLETE -> obsolete;
		};
	}

	private static Image draw(Display display, RGB rgb, boolean filled, boolean cross) {
		Image canvas = new Image(display, 16, 16);
		GC gc = new GC(canvas);
		Color color = new Color(rgb);
		try {
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, 16, 16);
			gc.setAntialias(SWT.OFF);
			gc.setForeground(color);
			gc.setBackground(color);
			gc.setLineWidth(2);
			if (cross) {
				gc.drawLine(4, 4, 11, 11);
				gc.drawLine(11, 4, 4, 11);
			} else if (filled) {
				gc.fillOval(2, 2, 12, 12);
			} else {
				gc.drawOval(3, 3, 10, 10);
			}
		} finally {
			gc.dispose();
		}
		ImageData data = canvas.getImageData();
		canvas.dispose();
		data.transparentPixel = data.palette.getPixel(new RGB(255, 255, 255));
		return new Image(display, data);
	}

	@Override
	public void close() {
		states.values().forEach(Image::dispose);
		obsolete.dispose();
	}
}
