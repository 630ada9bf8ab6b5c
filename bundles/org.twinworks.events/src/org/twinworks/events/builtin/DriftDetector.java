// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinworks.events.Detector;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventSink;
import org.twinworks.events.Severity;
import org.twinworks.events.analytics.Baseline;
import org.twinworks.events.analytics.Cusum;
import org.twinworks.events.analytics.Ewma;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Signal;

/**
 * Drift of one analog signal against its own history: a CUSUM and an EWMA chart (each on a baseline learnt over
 * the signal's first values) open a {@code drift.cusum} / {@code drift.ewma} frame (MEDIUM) when they signal and
 * close it when they stop (the sums back on target) or when the signal is {@link #reset}. Bad or non-numeric
 * values are skipped. Every reading goes to the {@link DriftStatistics}.
 */
public final class DriftDetector implements Detector {
	public static final String CUSUM_SOURCE = "drift.cusum";
	public static final String EWMA_SOURCE = "drift.ewma";

	private final Signal signal;
	private final Cusum cusum;
	private final Ewma ewma;
	private final DriftStatistics.Ring readings;
	private @Nullable EventFrame cusumFrame;
	private @Nullable EventFrame ewmaFrame;
	private volatile boolean resetRequested;

	public DriftDetector(Signal signal, DriftParameters.Entry parameters, DriftStatistics statistics) {
		this.signal = signal;
		this.cusum = new Cusum(parameters.k(), parameters.h(),
				new Baseline(parameters.warmUp(), parameters.sigmaFloor()));
		this.ewma = new Ewma(parameters.lambda(), parameters.width(),
				new Baseline(parameters.warmUp(), parameters.sigmaFloor()));
		this.readings = statistics.ring(signal);
	}

	public Signal signal() {
		return signal;
	}

	@Override
	public Set<Signal> watched() {
		return Set.of(signal);
	}

	/**
	 * Accepts the signal's present level as its new normal (after a recalibration, a change of duty): at the next
	 * call from the engine the open frames close and the baselines are learnt again. Any thread.
	 */
	public void reset() {
		resetRequested = true;
	}

	@Override
	public void onValue(Signal from, SignalValue value, Instant time, EventSink sink) {
		applyReset(time, sink);
		double x = ValueStore.plotted(value);
		if (Double.isNaN(x) || Double.isInfinite(x)) {
			return;
		}
		boolean cusumSignal = cusum.add(x);
		boolean ewmaSignal = ewma.add(x);
		Baseline baseline = cusum.baseline();
		readings.add(time, x, !baseline.isLearnt(), baseline.mean(), baseline.sigma(), cusum.high(), cusum.low(),
				cusum.h(), cusumSignal, ewma.statistic(), ewma.limit(), ewmaSignal);
		cusumFrame = follow(cusumFrame, cusumSignal, CUSUM_SOURCE, "CUSUM", cusum.statistic(), x, time, sink);
		ewmaFrame = follow(ewmaFrame, ewmaSignal, EWMA_SOURCE, "EWMA", ewma.statistic(), x, time, sink);
	}

	@Override
	public void onTime(Instant now, EventSink sink) {
		applyReset(now, sink);
	}

	private @Nullable EventFrame follow(@Nullable EventFrame frame, boolean signalling, String source, String chart,
			double statistic, double x, Instant time, EventSink sink) {
		if (signalling && frame == null) {
			Baseline baseline = cusum.baseline();
			String message = SignalRoles.label(signal) + " drifts from its learnt level (" + chart + " "
					+ String.format(Locale.ROOT, "%.2f", statistic) + " σ; mean "
					+ String.format(Locale.ROOT, "%.4g", baseline.mean()) + ", σ "
					+ String.format(Locale.ROOT, "%.3g", baseline.sigma()) + ")";
			return sink.open(source, Severity.MEDIUM, signal.getEquipment(), message, time, captured(x, statistic));
		}
		if (!signalling && frame != null) {
			sink.close(frame, time, captured(x, statistic));
			return null;
		}
		return frame;
	}

	private Map<String, Object> captured(double x, double statistic) {
		Map<String, Object> captured = new LinkedHashMap<>();
		String tag = SignalRoles.label(signal);
		captured.put(tag, x);
		captured.put(tag + ".statistic", statistic);
		captured.put(tag + ".mean", cusum.baseline().mean());
		captured.put(tag + ".sigma", cusum.baseline().sigma());
		return captured;
	}

	private void applyReset(Instant at, EventSink sink) {
		if (!resetRequested) {
			return;
		}
		resetRequested = false;
		if (cusumFrame != null) {
			sink.close(cusumFrame, at, Map.of("reset", true));
			cusumFrame = null;
		}
		if (ewmaFrame != null) {
			sink.close(ewmaFrame, at, Map.of("reset", true));
			ewmaFrame = null;
		}
		cusum.reset();
		ewma.reset();
	}
}
