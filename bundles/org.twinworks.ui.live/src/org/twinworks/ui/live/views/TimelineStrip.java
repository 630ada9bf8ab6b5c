// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.views;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The strip under the Playback view's scrubber that shows its {@link TimelineMarker}s over the recording's span:
 * each a band from its start to its end (at least two pixels wide), its tooltip on hover, a click seeking to the
 * start of the marker under the pointer (the latest-starting one where several overlap).
 */
public final class TimelineStrip extends Canvas {
	public static final int HEIGHT = 10;

	private List<TimelineMarker> markers = List.of();
	private Instant start;
	private Instant end;
	private final Consumer<Instant> seek;
	private String status = "";

	TimelineStrip(Composite parent, Consumer<Instant> seek) {
		super(parent, SWT.DOUBLE_BUFFERED);
		this.seek = seek;
		addListener(SWT.Paint, e -> paint(e.gc));
		addListener(SWT.MouseMove, this::hover);
		addListener(SWT.MouseDown, this::click);
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 100 : wHint, HEIGHT);
	}

	/** Shows {@code newMarkers} over the span {@code from}–{@code to} (null: no recording, nothing shown). */
	public void show(List<TimelineMarker> newMarkers, Instant from, Instant to) {
		markers = List.copyOf(newMarkers);
		start = from;
		end = to;
		redraw();
	}

	public List<TimelineMarker> markers() {
		return markers;
	}

	/** What the strip is doing for its recording (e.g. "finding events…"), shown as its tooltip without markers. */
	public String status() {
		return status;
	}

	void status(String text) {
		status = text;
		setToolTipText(text.isEmpty() ? null : text);
	}

	/** The x of {@code time} on the strip: the span's start at 0, its end at the last pixel. */
	public int xOf(Instant time) {
		if (start == null || end == null) {
			return 0;
		}
		long span = Math.max(1, Duration.between(start, end).toMillis());
		int width = Math.max(1, getClientArea().width - 1);
		return (int) Math.round((double) Duration.between(start, time).toMillis() * width / span);
	}

	/** The marker drawn at {@code x}, or null: the latest-starting of those under it, within two pixels. */
	public TimelineMarker markerAt(int x) {
		TimelineMarker found = null;
		for (TimelineMarker marker : markers) {
			if (x >= xOf(marker.start()) - 2 && x <= Math.max(xOf(marker.end()), xOf(marker.start()) + 1) + 2
					&& (found == null || marker.start().isAfter(found.start()))) {
				found = marker;
			}
		}
		return found;
	}

	private void paint(GC gc) {
		var area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		gc.fillRectangle(area);
		if (start == null) {
			return;
		}
		List<Color> colours = new ArrayList<>();
		try {
			for (TimelineMarker marker : markers) {
				Color colour = new Color(marker.colour());
				colours.add(colour);
				gc.setBackground(colour);
				int x = xOf(marker.start());
				int width = Math.max(2, xOf(marker.end()) - x);
				gc.fillRectangle(x, 1, width, area.height - 2);
			}
		} finally {
			colours.forEach(Color::dispose);
		}
	}

	private void hover(Event e) {
		TimelineMarker marker = markerAt(e.x);
		String tip = marker != null ? marker.tooltip() : status.isEmpty() ? null : status;
		if (!java.util.Objects.equals(tip, getToolTipText())) {
			setToolTipText(tip);
		}
	}

	private void click(Event e) {
		TimelineMarker marker = e.button == 1 ? markerAt(e.x) : null;
		if (marker != null) {
			seek.accept(marker.start());
		}
	}
}
