// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.record.Observation;
import org.twinworks.commissioning.record.Step;

/**
 * The numeric samples of a step's evidence with role "measurement" or "feedback", one line per role and tag,
 * scaled into a unit square (x: time, y: value) so the SVG and the PDF draw the same picture.
 */
final class TrendSeries {
	static final String MEASUREMENT = "measurement";
	static final String FEEDBACK = "feedback";

	/** One line: its role and tag, and points in [0,1] x [0,1] (y up). */
	record Line(String role, String tag, double[] x, double[] y) {
	}

	private final List<Line> lines;
	private final double min;
	private final double max;

	private TrendSeries(List<Line> lines, double min, double max) {
		this.lines = lines;
		this.min = min;
		this.max = max;
	}

	List<Line> lines() {
		return lines;
	}

	double min() {
		return min;
	}

	double max() {
		return max;
	}

	/** The step's trend, or null when its evidence holds no numeric measurement or feedback. */
	static @Nullable TrendSeries of(Step step) {
		if (step.getEvidence().isEmpty()) {
			return null;
		}
		Map<String, List<double[]>> samples = new LinkedHashMap<>();
		int index = 0;
		for (Observation observation : step.getEvidence()) {
			index++;
			String role = Texts.of(observation.getRole());
			if (!MEASUREMENT.equals(role) && !FEEDBACK.equals(role)) {
				continue;
			}
			Double value = number(observation.getValue());
			if (value == null) {
				continue;
			}
			double time = time(observation, index);
			samples.computeIfAbsent(role + "\u0000" + Texts.of(observation.getTag()), k -> new ArrayList<>())
					.add(new double[]{time, value});
		}
		if (samples.isEmpty()) {
			return null;
		}
		double t0 = Double.POSITIVE_INFINITY, t1 = Double.NEGATIVE_INFINITY;
		double v0 = Double.POSITIVE_INFINITY, v1 = Double.NEGATIVE_INFINITY;
		for (List<double[]> points : samples.values()) {
			for (double[] p : points) {
				t0 = Math.min(t0, p[0]);
				t1 = Math.max(t1, p[0]);
				v0 = Math.min(v0, p[1]);
				v1 = Math.max(v1, p[1]);
			}
		}
		double min = v0, max = v1;
		if (v1 - v0 < 1e-12) {
			// a flat line sits in the middle rather than on an edge
			double pad = Math.max(Math.abs(v0) * 0.05, 1);
			v0 -= pad;
			v1 += pad;
		}
		double span = t1 - t0;
		List<Line> lines = new ArrayList<>();
		for (Map.Entry<String, List<double[]>> entry : samples.entrySet()) {
			List<double[]> points = entry.getValue();
			points.sort((a, b) -> Double.compare(a[0], b[0]));
			double[] x = new double[points.size()];
			double[] y = new double[points.size()];
			for (int i = 0; i < x.length; i++) {
				x[i] = span <= 0 ? 0.5 : (points.get(i)[0] - t0) / span;
				y[i] = (points.get(i)[1] - v0) / (v1 - v0);
			}
			String[] key = entry.getKey().split("\u0000", 2);
			lines.add(new Line(key[0], key[1], x, y));
		}
		return new TrendSeries(lines, min, max);
	}

	private static @Nullable Double number(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		if ("true".equalsIgnoreCase(value)) {
			return 1.0;
		}
		if ("false".equalsIgnoreCase(value)) {
			return 0.0;
		}
		try {
			double number = Double.parseDouble(value.trim());
			return Double.isFinite(number) ? number : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** Source time, else server time, else capture time; the sample's position when none reads. */
	private static double time(Observation observation, int index) {
		for (String text : new String[]{observation.getSourceTime(), observation.getServerTime(),
				observation.getCapturedAt()}) {
			if (text != null && !text.isEmpty()) {
				try {
					Instant instant = Instant.parse(text);
					return instant.getEpochSecond() + instant.getNano() / 1e9;
				} catch (DateTimeParseException e) {
					// try the next clock
				}
			}
		}
		return index;
	}
}
