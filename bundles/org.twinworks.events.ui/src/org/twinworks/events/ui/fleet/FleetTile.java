// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.fleet;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jspecify.annotations.Nullable;

/**
 * One instance's small trend in the Fleet view: its tag and robust z on top, its recent values as a line scaled to
 * the whole fleet's range (so instances compare at a glance), and a red frame when it is an outlier.
 */
public final class FleetTile extends Canvas {
	public static final int WIDTH = 180;
	public static final int HEIGHT = 90;
	/** The outlier frame's width in pixels. */
	public static final int FRAME = 3;

	private @Nullable FleetTileState state;
	private double low;
	private double high;

	FleetTile(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addListener(SWT.Paint, e -> paint(e.gc));
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(WIDTH, HEIGHT);
	}

	void show(FleetTileState newState, double fleetLow, double fleetHigh) {
		state = newState;
		low = fleetLow;
		high = fleetHigh;
		setToolTipText(label(newState));
		redraw();
	}

	public @Nullable FleetTileState state() {
		return state;
	}

	/** The tile's heading: the instance's tag and its z. */
	static String label(FleetTileState state) {
		String z = Double.isNaN(state.z()) ? "z –" : String.format(Locale.ROOT, "z %.1f", state.z());
		return state.equipment().getTag() + "  " + z + (state.outlier() ? "  OUTLIER" : "");
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		FleetTileState shown = state;
		if (shown == null) {
			return;
		}
		int top = gc.getFontMetrics().getHeight() + FRAME + 2;
		gc.setForeground(getDisplay().getSystemColor(shown.outlier() ? SWT.COLOR_DARK_RED : SWT.COLOR_BLACK));
		gc.drawString(label(shown), FRAME + 2, FRAME, true);
		Rectangle plot = new Rectangle(FRAME + 2, top, area.width - 2 * FRAME - 4, area.height - top - FRAME - 2);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
		gc.drawRectangle(plot);
		drawLine(gc, shown.recent(), plot);
		if (shown.outlier()) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
			gc.setLineWidth(FRAME);
			gc.drawRectangle(area.x + 1, area.y + 1, area.width - FRAME, area.height - FRAME);
			gc.setLineWidth(1);
		}
	}

	private void drawLine(GC gc, List<Double> values, Rectangle plot) {
		if (values.size() < 2 || plot.width < 2 || plot.height < 2) {
			return;
		}
		double span = high > low ? high - low : 1;
		double mid = high > low ? low : low - 0.5;
		int[] points = new int[values.size() * 2];
		for (int i = 0; i < values.size(); i++) {
			points[2 * i] = plot.x + (int) Math.round((double) i * (plot.width - 1) / (values.size() - 1));
			double y = (values.get(i) - mid) / span;
			points[2 * i + 1] = plot.y + plot.height - 1 - (int) Math.round(y * (plot.height - 1));
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
		gc.setAntialias(SWT.ON);
		gc.drawPolyline(points);
	}
}
