// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** One bar split into passed, failed, blocked and pending, in proportion: the campaign's progress at a glance. */
final class ProgressStrip extends Canvas {
	private ChecklistCounts counts = new ChecklistCounts();

	ProgressStrip(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addPaintListener(event -> paint(event.gc));
	}

	void show(ChecklistCounts next) {
		counts = next;
		setToolTipText(next.summary());
		redraw();
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 200 : wHint, hHint == SWT.DEFAULT ? 10 : hHint);
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
		gc.fillRectangle(area);
		int total = counts.total();
		if (total == 0) {
			return;
		}
		int x = area.x;
		x = segment(gc, area, x, counts.of(ChecklistState.PASSED), total, StateImages.PASSED);
		x = segment(gc, area, x, counts.of(ChecklistState.FAILED), total, StateImages.FAILED);
		x = segment(gc, area, x, counts.of(ChecklistState.BLOCKED), total, StateImages.BLOCKED);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawRectangle(area.x, area.y, area.width - 1, area.height - 1);
	}

	private static int segment(GC gc, Rectangle area, int x, int count, int total, RGB rgb) {
		int width = (int) Math.round((double) area.width * count / total);
		if (width > 0) {
			Color color = new Color(rgb);
			gc.setBackground(color);
			gc.fillRectangle(x, area.y, width, area.height);
		}
		return x + width;
	}
}
