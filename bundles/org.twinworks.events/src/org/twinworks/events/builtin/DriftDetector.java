// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinworks.events.Detector;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventSink;
import org.twinworks.events.NumberValue;
import org.twinworks.events.Severity;
import org.twinworks.events.analytics.Baseline;
import org.twinworks.events.analytics.Cusum;
import org.twinworks.events.analytics.Ewma;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Signal;

/**
 * Drift of one analog signal against its own history. The signal's values are averaged over windows of data time
 * ({@link DriftParameters.Entry#window()}, aligned to the epoch, so every signal's windows share boundaries): the
 * mean is time-weighted, each value counting until the next one (or a bad value) replaces it, the value held from
 * before the window counting from its start, so report-by-exception and irregular sampling average correctly. A
 * window closes when a value or a tick of the engine ({@code onTime}) reaches its end, never by the wall clock; a
 * window in which no good value arrived is skipped (a silent or bad signal adds no points). Each window mean is one
 * point of a CUSUM (and, when {@link DriftParameters.Entry#ewma()}, an EWMA) chart on a baseline learnt over the
 * first {@link DriftParameters.Entry#warmUp()} windows; a chart that signals opens a {@code drift.cusum} /
 * {@code drift.ewma} frame (MEDIUM, timed at the window's end) and closes it when it stops (the sums back on
 * target) or when the signal is {@link #reset}. With a {@link DriftExpectation} (what the twin's dynamics expect of
 * the signal, given its setpoint, reference, nominal value or pumps, which the detector then watches too) the charts
 * get each window's residual, mean minus expected mean, instead of the mean, and skip the windows the expectation
 * does not explain. Every window's reading goes to the {@link DriftStatistics}. Bad or
 * non-numeric values are not averaged. The path of a value allocates nothing; a closing window writes its reading
 * into the signal's ring as primitives.
 */
public final class DriftDetector implements Detector {
	public static final String CUSUM_SOURCE = "drift.cusum";
	public static final String EWMA_SOURCE = "drift.ewma";

	private final Signal signal;
	private final @Nullable DriftExpectation expectation;
	private final Set<Signal> watched;
	/** {@link #watched} in its iteration order: the fast path's watched index to the signal. */
	private final Signal[] byPosition;
	private final long windowMillis;
	private final Cusum cusum;
	private final @Nullable Ewma ewma;
	private final DriftStatistics statistics;
	/** This signal's readings in {@link #statistics}, from the first window charted. */
	private @Nullable DriftReadingRing ring;
	private @Nullable EventFrame cusumFrame;
	private @Nullable EventFrame ewmaFrame;
	private volatile boolean resetRequested;
	/** The end of the open window (epoch ms, exclusive); {@link Long#MIN_VALUE} before the first value. */
	private long windowEnd = Long.MIN_VALUE;
	/** The last good value, held until the next value; NaN when none (or the last was bad). */
	private double held = Double.NaN;
	private long heldSince;
	private double weightedSum;
	private long coveredMillis;
	/** The same over the window's last {@link DriftExpectation#TAIL} (where an expectation's next path starts). */
	private double tailSum;
	private long tailMillis;
	private int goodValues;

	public DriftDetector(Signal signal, DriftParameters.Entry parameters, DriftStatistics statistics) {
		this(signal, parameters, statistics, null);
	}

	/**
	 * @param expectation what the twin's dynamics expect of the signal: the charts then get the residual of each
	 *                    window mean against it (see {@link DriftExpectation}); null to chart the window means
	 */
	public DriftDetector(Signal signal, DriftParameters.Entry parameters, DriftStatistics statistics,
			@Nullable DriftExpectation expectation) {
		this.signal = signal;
		this.expectation = expectation;
		if (expectation == null) {
			this.watched = Set.of(signal);
		} else {
			Set<Signal> all = new HashSet<>(expectation.context());
			all.add(signal);
			this.watched = Set.copyOf(all);
		}
		this.byPosition = watched.toArray(Signal[]::new);
		this.windowMillis = parameters.windowMillis();
		this.cusum = new Cusum(parameters.k(), parameters.h(),
				new Baseline(parameters.warmUp(), parameters.sigmaFloor()));
		this.ewma = parameters.ewma()
				? new Ewma(parameters.lambda(), parameters.width(),
						new Baseline(parameters.warmUp(), parameters.sigmaFloor()))
				: null;
		this.statistics = statistics;
	}

	public Signal signal() {
		return signal;
	}

	@Override
	public Set<Signal> watched() {
		return watched;
	}

	/** What the twin expects of the signal, when its drift is charted as a residual against that. */
	public @Nullable DriftExpectation expectation() {
		return expectation;
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
		accept(from, time.toEpochMilli(), ValueStore.plotted(value), sink);
	}

	@Override
	public void onNumber(int watchedIndex, NumberValue value, EventSink sink) {
		if (resetRequested) {
			applyReset(value.time(), sink);
		}
		accept(byPosition[watchedIndex], Math.floorDiv(value.timeNanos(), 1_000_000L), value.plotted(), sink);
	}

	/**
	 * Ticks matter at the open window's end (a reset asked for meanwhile is applied then or at the next value,
	 * whichever comes first).
	 */
	@Override
	public long nextTick() {
		if (resetRequested) {
			return EVERY_TICK;
		}
		return windowEnd == Long.MIN_VALUE ? NO_TICK : Math.multiplyExact(windowEnd, 1_000_000L);
	}

	private void accept(Signal from, long time, double x, EventSink sink) {
		long t = time;
		if (windowEnd == Long.MIN_VALUE) {
			windowEnd = endOfWindowAt(t);
		} else if (t >= windowEnd) {
			closeWindow(sink);
			windowEnd = endOfWindowAt(t);
		}
		if (from != signal) {
			if (expectation != null) {
				expectation.onContext(from, x, t);
			}
			return;
		}
		t = Math.max(t, heldSince); // the engine's data time does not go back; be safe anyway
		accumulate(t);
		if (Double.isNaN(x) || Double.isInfinite(x)) {
			held = Double.NaN;
		} else {
			held = x;
			goodValues++;
			if (expectation != null) {
				expectation.observe(x);
			}
		}
		heldSince = t;
	}

	@Override
	public void onTime(Instant now, EventSink sink) {
		applyReset(now, sink);
		long t = now.toEpochMilli();
		if (windowEnd != Long.MIN_VALUE && t >= windowEnd) {
			closeWindow(sink);
			windowEnd = endOfWindowAt(t);
		}
	}

	private long endOfWindowAt(long t) {
		return Math.floorDiv(t, windowMillis) * windowMillis + windowMillis;
	}

	/** Adds the held value's time up to {@code until} (within the open window) to the window's sums. */
	private void accumulate(long until) {
		if (Double.isNaN(held)) {
			return;
		}
		long from = Math.max(heldSince, windowEnd - windowMillis);
		if (until > from) {
			weightedSum += held * (until - from);
			coveredMillis += until - from;
			if (expectation != null) {
				long tailFrom = Math.max(from, windowEnd - windowMillis / DriftExpectation.TAIL);
				if (until > tailFrom) {
					tailSum += held * (until - tailFrom);
					tailMillis += until - tailFrom;
				}
			}
		}
	}

	private void closeWindow(EventSink sink) {
		accumulate(windowEnd);
		double mean = goodValues > 0 && coveredMillis > 0 ? weightedSum / coveredMillis : Double.NaN;
		if (expectation != null) {
			// a window covered by good values compares with the expected mean over it, even if the value held
			// from before it did not change (a deadband's report by exception): that is what was measured
			boolean covered = coveredMillis == windowMillis;
			double expected = expectation.expectedMean(windowEnd, windowMillis);
			double measured = covered ? weightedSum / coveredMillis : Double.NaN;
			expectation.restart(covered && tailMillis > 0 ? tailSum / tailMillis : Double.NaN, windowEnd, windowMillis);
			mean = measured - expected;
		}
		if (!Double.isNaN(mean)) {
			chart(mean, Instant.ofEpochMilli(windowEnd), sink);
		}
		weightedSum = 0;
		coveredMillis = 0;
		tailSum = 0;
		tailMillis = 0;
		goodValues = 0;
	}

	private void chart(double mean, Instant time, EventSink sink) {
		boolean cusumSignal = cusum.add(mean);
		Baseline baseline = cusum.baseline();
		boolean ewmaSignal = false;
		double ewmaStatistic = Double.NaN;
		double ewmaLimit = Double.NaN;
		if (ewma != null) {
			ewmaSignal = ewma.add(mean);
			ewmaStatistic = ewma.statistic();
			ewmaLimit = ewma.limit();
		}
		DriftReadingRing readings = ring;
		if (readings == null) {
			readings = statistics.ring(signal);
			ring = readings;
		}
		readings.add(time, mean, !baseline.isLearnt(), baseline.mean(), baseline.sigma(), cusum.high(), cusum.low(),
				cusum.h(), cusumSignal, ewmaStatistic, ewmaLimit, ewmaSignal);
		cusumFrame = follow(cusumFrame, cusumSignal, CUSUM_SOURCE, "CUSUM", cusum.statistic(), mean, time, sink);
		if (ewma != null) {
			ewmaFrame = follow(ewmaFrame, ewmaSignal, EWMA_SOURCE, "EWMA", ewmaStatistic, mean, time, sink);
		}
	}

	private @Nullable EventFrame follow(@Nullable EventFrame frame, boolean signalling, String source, String chart,
			double statistic, double x, Instant time, EventSink sink) {
		if (signalling && frame == null) {
			Baseline baseline = cusum.baseline();
			String message = SignalRoles.label(signal) + " drifts from its learnt level ("
					+ (expectation == null ? "window mean" : "residual against the twin's expectation") + ", " + chart
					+ " " + String.format(Locale.ROOT, "%.2f", statistic) + " σ; mean "
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
		if (ewma != null) {
			ewma.reset();
		}
	}
}
