// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.twinworks.diagram.ui.viewer.DiagramViewer;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.LiveModelListener;
import org.twinworks.ui.live.LiveUpdate;

/**
 * What the UI thread does while live values pour in, measured three ways so none flatters: its CPU time
 * (ThreadMXBean: everything it ran, GTK and cairo included), the wall time inside our UI batches (every
 * listener of the pump), and the wall time inside the diagram canvas's paint events (a display filter marks the
 * start, a listener added after the viewer's marks the end). Per batch it keeps the gap to the previous one and
 * the overlay re-composite the viewer did for it. Create and read on the UI thread.
 */
final class UiLoad implements LiveModelListener {
	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
	private final LiveModel model;
	private final DiagramViewer viewer;
	private final Display display;
	private final Listener paintStart = this::paintStarted;
	private final Listener paintEnd = this::paintEnded;
	private final List<Double> overlayMs = new ArrayList<>();
	private final List<Double> gapsMs = new ArrayList<>();
	private final List<Integer> regions = new ArrayList<>();
	private long wall0, cpu0, deliveries0, deliveryNanos0, received0;
	private long wall, cpu, deliveries, deliveryNanos, received;
	private long paintBegan, paintNanos, paints, lastBatch;
	private List<Rectangle> lastRendered;

	UiLoad(LiveModel model, DiagramViewer viewer) {
		this.model = model;
		this.viewer = viewer;
		this.display = viewer.canvas().getDisplay();
	}

	void start() {
		lastRendered = viewer.lastRenderedRegions();
		// registered after the editor's listeners: it runs last in each batch and sees what the viewer just did
		model.addListener(this);
		display.addFilter(SWT.Paint, paintStart);
		viewer.canvas().addListener(SWT.Paint, paintEnd);
		wall0 = System.nanoTime();
		cpu0 = threads.getCurrentThreadCpuTime();
		deliveries0 = model.uiDeliveries();
		deliveryNanos0 = model.uiDeliveryNanos();
		received0 = model.store().received();
	}

	void stop() {
		wall = System.nanoTime() - wall0;
		cpu = threads.getCurrentThreadCpuTime() - cpu0;
		deliveries = model.uiDeliveries() - deliveries0;
		deliveryNanos = model.uiDeliveryNanos() - deliveryNanos0;
		received = model.store().received() - received0;
		model.removeListener(this);
		display.removeFilter(SWT.Paint, paintStart);
		viewer.canvas().removeListener(SWT.Paint, paintEnd);
	}

	@Override
	public void liveChanged(LiveUpdate update) {
		// start to start: how long the earlier listeners of this batch took does not shorten the gap
		long now = model.uiDeliveryStartNanos();
		if (lastBatch != 0) {
			gapsMs.add((now - lastBatch) / 1e6);
		}
		lastBatch = now;
		List<Rectangle> rendered = viewer.lastRenderedRegions();
		// the viewer makes a new list for every re-composite: a different one means this batch repainted
		if (rendered != lastRendered) {
			lastRendered = rendered;
			overlayMs.add(viewer.lastRepaintMillis());
			regions.add(rendered.size());
		}
	}

	private void paintStarted(org.eclipse.swt.widgets.Event e) {
		if (e.widget == viewer.canvas()) {
			paintBegan = System.nanoTime();
		}
	}

	private void paintEnded(org.eclipse.swt.widgets.Event e) {
		if (paintBegan != 0) {
			paintNanos += System.nanoTime() - paintBegan;
			paints++;
			paintBegan = 0;
		}
	}

	double seconds() {
		return wall / 1e9;
	}

	double cpuBusy() {
		return (double) cpu / wall;
	}

	double batchBusy() {
		return (double) deliveryNanos / wall;
	}

	double paintBusy() {
		return (double) paintNanos / wall;
	}

	double batchesPerSecond() {
		return deliveries / seconds();
	}

	double paintsPerSecond() {
		return paints / seconds();
	}

	double valuesPerSecond() {
		return received / seconds();
	}

	double msPerBatch() {
		return deliveries == 0 ? 0 : deliveryNanos / 1e6 / deliveries;
	}

	double msPerPaint() {
		return paints == 0 ? 0 : paintNanos / 1e6 / paints;
	}

	/** Batches that came less than a 60 Hz frame after the previous one. */
	long batchesWithinOneFrame() {
		return gapsMs.stream().filter(g -> g < 1000.0 / 60).count();
	}

	double gapPercentile(double p) {
		return percentile(gapsMs, p);
	}

	double overlayPercentile(double p) {
		return percentile(overlayMs, p);
	}

	int overlayFrames() {
		return overlayMs.size();
	}

	double regionsMedian() {
		return percentile(regions.stream().map(Integer::doubleValue).toList(), 0.5);
	}

	private static double percentile(List<Double> values, double p) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(Math.min(sorted.size() - 1, (int) (p * sorted.size())));
	}
}
