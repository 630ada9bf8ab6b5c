// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.trends;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The trend's own SWT canvas, double-buffered: the wheel zooms at the cursor, dragging selects a time range to
 * zoom to (and stops following live), the cursor shows the values at its time. Paints happen on SWT's paint
 * events only; whoever has new data calls {@link #redraw()}, which SWT merges, so a burst of updates costs one
 * paint.
 */
public final class TrendCanvas {
	private final Canvas canvas;
	private final TimeWindow window = new TimeWindow(120_000);
	private final LongSupplier clock;
	private List<TrendSeries> series = List.of();
	private TrendFrame frame = TrendFrame.EMPTY;
	private Image buffer;
	private final TrendBackdrop backdrop = new TrendBackdrop();
	private int hoverX = -1;
	private int dragFrom = -1;
	private int dragTo = -1;
	private long paints;
	private double lastPaintMillis;
	private Runnable windowListener = () -> {
	};

	/** @param clock the time a following window ends at, in epoch milliseconds (live clock or playback position) */
	public TrendCanvas(Composite parent, LongSupplier clock) {
		this.clock = clock;
		canvas = new Canvas(parent, SWT.NO_BACKGROUND);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, e -> disposeBuffer());
		canvas.addListener(SWT.MouseMove, e -> {
			hoverX = e.x;
			if (dragFrom >= 0) {
				dragTo = e.x;
			}
			canvas.redraw();
		});
		canvas.addListener(SWT.MouseExit, e -> {
			hoverX = -1;
			canvas.redraw();
		});
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.MouseDown, e -> {
			if (e.button == 1) {
				dragFrom = e.x;
				dragTo = e.x;
			}
		});
		canvas.addListener(SWT.MouseUp, e -> {
			if (e.button == 1 && dragFrom >= 0) {
				zoomToPixels(dragFrom, e.x);
				dragFrom = -1;
			}
		});
		canvas.addListener(SWT.Dispose, e -> {
			disposeBuffer();
			backdrop.dispose();
		});
	}

	public Canvas control() {
		return canvas;
	}

	public TimeWindow window() {
		return window;
	}

	/** Replaces what is plotted and asks for a repaint. UI thread. */
	public void setSeries(List<TrendSeries> newSeries) {
		series = List.copyOf(newSeries);
		redraw();
	}

	public List<TrendSeries> series() {
		return series;
	}

	public void redraw() {
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	/** What the last paint drew: limit lines, readings at the cursor. */
	public TrendFrame frame() {
		return frame;
	}

	/** Paints so far (tests check they stay at most one per UI batch). */
	public long paints() {
		return paints;
	}

	/** The layers kept between paints (tests check a repaint with nothing changed reuses them). */
	public TrendBackdrop backdrop() {
		return backdrop;
	}

	public double lastPaintMillis() {
		return lastPaintMillis;
	}

	/** Puts the cursor at {@code x} (as a mouse move does). */
	public void hover(int x) {
		hoverX = x;
		redraw();
	}

	/** Zooms to the times under two x pixels, as a drag does. */
	public void zoomToPixels(int x1, int x2) {
		if (Math.abs(x2 - x1) < 4) {
			return; // a click, not a drag
		}
		Rectangle plot = frame.plot();
		if (plot.width <= 0) {
			return;
		}
		window.show(window.time(Math.min(x1, x2), plot.x, plot.width),
				window.time(Math.max(x1, x2), plot.x, plot.width));
		windowListener.run();
		redraw();
	}

	/** Told when zooming stops following live (the view's toggle shows it). */
	public void onWindowChanged(Runnable listener) {
		windowListener = listener;
	}

	private void wheel(Event e) {
		Rectangle plot = frame.plot();
		if (plot.width <= 0) {
			return;
		}
		window.zoom(e.count > 0 ? 0.8 : 1.25, window.time(e.x, plot.x, plot.width));
		windowListener.run();
		redraw();
	}

	private void paint(Event e) {
		long started = System.nanoTime();
		Rectangle area = canvas.getClientArea();
		if (area.width <= 0 || area.height <= 0) {
			return;
		}
		if (buffer == null) {
			buffer = new Image(canvas.getDisplay(), area.width, area.height);
		}
		window.now(clock.getAsLong());
		GC gc = new GC(buffer);
		try {
			frame = TrendPainter.paint(gc, area, window, series, hoverX, backdrop);
			if (dragFrom >= 0 && dragTo != dragFrom) {
				gc.setAlpha(60);
				gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
				gc.fillRectangle(Math.min(dragFrom, dragTo), frame.plot().y, Math.abs(dragTo - dragFrom),
						frame.plot().height);
				gc.setAlpha(255);
			}
		} finally {
			gc.dispose();
		}
		e.gc.drawImage(buffer, 0, 0);
		paints++;
		lastPaintMillis = (System.nanoTime() - started) / 1e6;
	}

	private void disposeBuffer() {
		if (buffer != null) {
			buffer.dispose();
			buffer = null;
		}
	}
}
