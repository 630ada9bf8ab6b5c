// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.loop;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.plan.PlantElements;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Signal;

/**
 * Paints one frame of the loop trend: a time axis ending now, a shared axis of 0–100 % of each signal's range, the
 * bands (shaded until settled, outlined after, a dot where it settled, green when the step passed, red when it failed)
 * and the three series as held values (a value holds until the next arrives).
 */
final class LoopTrendPainter {
	private static final int LEFT = 40;
	private static final int TOP = 18;
	private static final int RIGHT = 6;
	private static final int BOTTOM = 6;
	private static final double LOW_PERCENT = -5;
	private static final double HIGH_PERCENT = 105;

	private final GC gc;
	private final Rectangle area;
	private final Instant now;
	private final Duration span;
	private final Display display = Display.getCurrent();

	LoopTrendPainter(GC gc, Rectangle area, Instant now, Duration span) {
		this.gc = gc;
		this.area = area;
		this.now = now;
		this.span = span;
	}

	void paint(Map<String, List<SignalValue>> samples, List<StepBand> bands, Map<String, Signal> series) {
		gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		if (area.width <= LEFT + RIGHT || area.height <= TOP + BOTTOM) {
			return;
		}
		grid();
		for (int i = 0; i < bands.size(); i++) {
			band(bands.get(i), i + 1 < bands.size() ? bands.get(i + 1).from() : now);
		}
		int legend = LEFT;
		for (Map.Entry<String, Signal> entry : series.entrySet()) {
			Color color = colorOf(entry.getKey());
			line(entry.getValue(), samples.getOrDefault(entry.getKey(), List.of()), color);
			gc.setForeground(color);
			String label = entry.getKey() + " " + entry.getValue().getTag();
			gc.drawString(label, legend, 1, true);
			legend += gc.textExtent(label).x + 14;
		}
	}

	private void grid() {
		gc.setLineWidth(1);
		gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		for (int percent = 0; percent <= 100; percent += 25) {
			int y = y(percent);
			gc.setLineStyle(percent == 0 || percent == 100 ? SWT.LINE_SOLID : SWT.LINE_DOT);
			gc.drawLine(LEFT, y, area.width - RIGHT, y);
			gc.drawString(percent + " %", 2, y - gc.getFontMetrics().getHeight() / 2, true);
		}
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	private void band(StepBand band, Instant until) {
		Signal observed = band.target().observed();
		int top = y(percent(observed, band.target().high()));
		int bottom = y(percent(observed, band.target().low()));
		int height = Math.max(2, bottom - top);
		int start = x(band.from());
		int settled = x(band.settled() ? band.settledAt() : now);
		boolean failed = band.step().getVerdict() == Verdict.FAIL;
		Color color = display.getSystemColor(failed ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW);
		gc.setAlpha(90);
		gc.setBackground(color);
		gc.fillRectangle(start, top, Math.max(1, settled - start), height);
		gc.setAlpha(255);
		gc.setForeground(color);
		gc.setLineStyle(SWT.LINE_DASH);
		gc.drawRectangle(start, top, Math.max(1, x(until) - start), height);
		gc.setLineStyle(SWT.LINE_SOLID);
		if (band.settled() && band.settledValue() != null) {
			int cx = settled;
			int cy = y(percent(observed, band.settledValue()));
			gc.setBackground(display.getSystemColor(failed ? SWT.COLOR_RED : SWT.COLOR_DARK_GREEN));
			gc.fillOval(cx - 4, cy - 4, 9, 9);
		}
	}

	private void line(Signal signal, List<SignalValue> values, Color color) {
		gc.setForeground(color);
		gc.setLineWidth(2);
		int lastX = -1;
		int lastY = 0;
		for (SignalValue value : values) {
			Double number = number(value);
			if (number == null) {
				lastX = -1;
				continue;
			}
			int x = Math.max(LEFT, x(time(value)));
			int y = y(percent(signal, number));
			if (lastX >= 0) {
				gc.drawLine(lastX, lastY, x, lastY); // held until this value arrived
				gc.drawLine(x, lastY, x, y);
			}
			lastX = x;
			lastY = y;
		}
		if (lastX >= 0) {
			gc.drawLine(lastX, lastY, x(now), lastY);
		}
		gc.setLineWidth(1);
	}

	private Color colorOf(String role) {
		return display.getSystemColor(switch (role) {
		case "output" -> SWT.COLOR_BLUE;
		case "feedback" -> SWT.COLOR_DARK_GREEN;
		default -> SWT.COLOR_DARK_MAGENTA;
		});
	}

	private int x(Instant time) {
		double fraction = 1 - Duration.between(time, now).toMillis() / (double) span.toMillis();
		return LEFT + (int) Math.round(Math.max(0, Math.min(1, fraction)) * (area.width - LEFT - RIGHT));
	}

	private int y(double percent) {
		double clamped = Math.max(LOW_PERCENT, Math.min(HIGH_PERCENT, percent));
		double fraction = (clamped - LOW_PERCENT) / (HIGH_PERCENT - LOW_PERCENT);
		return TOP + (int) Math.round((1 - fraction) * (area.height - TOP - BOTTOM));
	}

	/** A value in % of the signal's range (a boolean is 0 or 100 %). */
	static double percent(Signal signal, double value) {
		if (!PlantElements.isRanged(signal)) {
			return value * 100;
		}
		double span = signal.getRangeHigh() - signal.getRangeLow();
		return span == 0 ? 0 : (value - signal.getRangeLow()) * 100 / span;
	}

	static Instant time(SignalValue value) {
		return value.sourceTime() != null
				? value.sourceTime()
				: value.serverTime() != null ? value.serverTime() : Instant.EPOCH;
	}

	private static @Nullable Double number(SignalValue value) {
		return switch (value.value()) {
		case Number n -> n.doubleValue();
		case Boolean b -> b ? 1.0 : 0.0;
		case null, default -> null;
		};
	}
}
