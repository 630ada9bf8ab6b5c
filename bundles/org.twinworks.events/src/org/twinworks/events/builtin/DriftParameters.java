// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.twinworks.events.analytics.Cusum;
import org.twinworks.events.analytics.Ewma;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;

/**
 * The drift charts' parameters per kind of signal: an entry per engineering unit code (first choice), else per data
 * type, else the default. The charts do not see raw samples: each signal's values are averaged over windows of data
 * time and the charts get one point, the window mean, per window (see {@link DriftDetector}). Defaults and why:
 * <ul>
 * <li>Windows of 10 s: at 10 Hz a window holds 100 samples, so noise that is correlated over a few samples (an
 * AR(1) with φ = 0.8 decorrelates in ≈ 5 samples) leaves window means that are nearly independent (lag-one
 * correlation ≈ 0.02), which the chart's run lengths assume; and a plant of 20,000 signals makes 1.7·10⁸ points a
 * day, not 1.7·10¹⁰.</li>
 * <li>Warm-up of 180 windows (30 min): the baseline (mean and σ of the window means) is learnt from 180 points, its
 * mean within about σ/√180 ≈ 0.075 σ and its σ within about ±5 %. The learnt baseline's error, not the chart's
 * design, sets the false-alarm rate, so the warm-up cannot be short.</li>
 * <li>CUSUM k = 0.75 σ, h = 14 σ (of the window means; {@link Cusum}): in control one false alarm per ≈ 7.5·10⁷
 * windows per signal (Siegmund's approximation averaged over baselines learnt from 180 windows; 3.4·10⁹ with a
 * known baseline), i.e. about 2.3 false alarms a day on a plant of 20,000 signals with 10 s windows. A sustained
 * shift of the window mean by 1 σ is flagged after ≈ 53 windows (≈ 9 min; ≈ 60 measured with baselines learnt
 * from 180 windows, whose σ is as often too high as too low), by 2 σ after ≈ 12 windows (2 min). A ramp of r σ per
 * window is flagged within about k/r + √(2h/r) windows, plus the one that must close (noise only makes it earlier
 * on average): a transmitter drifting 0.0005 units/s on σ = 0.1 noise in ≈ 3 min. Measured (DriftFalseAlarmTest, on
 * AR(1) noise with φ = 0.8 at 10 Hz): no false alarm in 600 signal-hours, and a relaxed chart (k = 0.5, h = 4)
 * alarming once per 155 windows where Siegmund, averaged over learnt baselines, predicts 142 — the window means
 * behave as the design assumes, so its figures extrapolate to the defaults.</li>
 * <li>Where the model gives the twin's dynamics something to expect of a signal (a loop's setpoint, a feedback's
 * reference, a nominal value, the pumps of a tank: {@link DriftExpectations}), the charts get the residual of each
 * window mean against that expectation ({@link DriftExpectation}), not the mean itself, so a setpoint step or a pump
 * starting is not a drift. The sizing above assumes independent points: the residuals are nearly so on the virtual
 * plant (lag-one correlation 0.05 to 0.10 measured in DriftLiveTest, 1/24 in theory), where its window means are not
 * (about e^(−W/τ): 0.6 for a free measurement with 10 s windows, which would shorten the in-control run length by
 * orders of magnitude). A residual's σ is that of the noise of one window; a calibration drift of r per second shows
 * in it as r·W·5/8 at once plus a part (1 − c) of the offset accumulated so far (c ≈ 0.5 for a loop with 10 s
 * windows), so a ramp is flagged within the bound below with ρ = (1 − c)·r·W/σ, sooner by the first term. The same
 * parameters serve both charts; a signal the twin expects nothing of keeps the window-mean chart.</li>
 * <li>EWMA off: with λ = 0.05, L = 6 ({@link Ewma}) it has the CUSUM's in-control run length and detects 1 σ and 2 σ
 * shifts within a few windows of it (47 and 13.5), so it finds nothing the CUSUM misses, and running both would
 * double the false alarms. {@link Entry#withEwma} turns it on for a kind of signal.</li>
 * <li>Temperatures (CEL, FAH, KEL) use 30 s windows: they move slowly, and a 10 s window sees too little of their
 * noise; the same 180-window warm-up is then 90 min.</li>
 * <li>Integer types: σ is at least 1/√12 of a count (the quantisation noise of one step), so a counter that sat
 * still during its warm-up does not score a single count as a drift. Any ranged signal: σ at least 10⁻⁴ of its
 * span (about a 14-bit converter's resolution).</li>
 * </ul>
 * Immutable; {@link #with} makes a changed copy.
 */
public final class DriftParameters {
	/** The relative floor on σ: 10⁻⁴ of the signal's span. */
	public static final double SPAN_SIGMA_FLOOR = 1e-4;
	/** The default window of data time whose mean is one point of the charts. */
	public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(10);
	/** The default warm-up, in windows. */
	public static final int DEFAULT_WARM_UP = 180;

	/**
	 * One kind of signal's parameters: the window and the warm-up (in windows), CUSUM k and h, whether the EWMA runs
	 * and its λ and L (all in σ of the window means), and the σ floor.
	 */
	public record Entry(Duration window, int warmUp, double k, double h, boolean ewma, double lambda, double width,
			double sigmaFloor) {
		public Entry {
			if (window.toMillis() < 1
					|| !(k >= 0 && h > 0 && lambda > 0 && lambda <= 1 && width > 0 && warmUp >= 2 && sigmaFloor > 0)) {
				throw new IllegalArgumentException("invalid drift parameters " + window + ", " + warmUp + ", " + k
						+ ", " + h + ", " + lambda + ", " + width + ", " + sigmaFloor);
			}
		}

		/** The window's length in milliseconds of data time. */
		public long windowMillis() {
			return window.toMillis();
		}

		public Entry withWindow(Duration length) {
			return new Entry(length, warmUp, k, h, ewma, lambda, width, sigmaFloor);
		}

		/** A copy that learns its baseline over {@code windows} windows. */
		public Entry withWarmUp(int windows) {
			return new Entry(window, windows, k, h, ewma, lambda, width, sigmaFloor);
		}

		public Entry withCusum(double slack, double interval) {
			return new Entry(window, warmUp, slack, interval, ewma, lambda, width, sigmaFloor);
		}

		/** A copy that runs the EWMA chart too, with λ and L. */
		public Entry withEwma(double smoothing, double limitWidth) {
			return new Entry(window, warmUp, k, h, true, smoothing, limitWidth, sigmaFloor);
		}

		public Entry withSigmaFloor(double floor) {
			return new Entry(window, warmUp, k, h, ewma, lambda, width, floor);
		}
	}

	public static final Entry DEFAULT = new Entry(DEFAULT_WINDOW, DEFAULT_WARM_UP, Cusum.DEFAULT_K, Cusum.DEFAULT_H,
			false, Ewma.DEFAULT_LAMBDA, Ewma.DEFAULT_L, 1e-9);

	private final Entry fallback;
	private final Map<SignalDataType, Entry> byDataType;
	private final Map<String, Entry> byUnit;

	private DriftParameters(Entry fallback, Map<SignalDataType, Entry> byDataType, Map<String, Entry> byUnit) {
		this.fallback = fallback;
		this.byDataType = byDataType;
		this.byUnit = byUnit;
	}

	/** The defaults described in the class comment. */
	public static DriftParameters defaults() {
		Map<SignalDataType, Entry> byType = new EnumMap<>(SignalDataType.class);
		Entry integer = DEFAULT.withSigmaFloor(1 / Math.sqrt(12));
		for (SignalDataType type : SignalDataType.VALUES) {
			if (type != SignalDataType.FLOAT && type != SignalDataType.DOUBLE && type != SignalDataType.BOOLEAN
					&& type != SignalDataType.STRING && type != SignalDataType.DATE_TIME
					&& type != SignalDataType.ENUMERATION) {
				byType.put(type, integer);
			}
		}
		Map<String, Entry> byUnit = new HashMap<>();
		for (String temperature : new String[]{"CEL", "FAH", "KEL"}) {
			byUnit.put(temperature, DEFAULT.withWindow(Duration.ofSeconds(30)));
		}
		return new DriftParameters(DEFAULT, Map.copyOf(byType), Map.copyOf(byUnit));
	}

	/** Every signal with {@code entry}. */
	public static DriftParameters uniform(Entry entry) {
		return new DriftParameters(entry, Map.of(), Map.of());
	}

	/**
	 * A copy with every entry (the default, per data type, per unit) changed by {@code change}: e.g. windows and
	 * warm-ups scaled down for a short run, keeping what differs between kinds of signal.
	 */
	public DriftParameters map(UnaryOperator<Entry> change) {
		Map<SignalDataType, Entry> types = new EnumMap<>(SignalDataType.class);
		byDataType.forEach((type, entry) -> types.put(type, change.apply(entry)));
		Map<String, Entry> units = new HashMap<>();
		byUnit.forEach((unit, entry) -> units.put(unit, change.apply(entry)));
		return new DriftParameters(change.apply(fallback), Map.copyOf(types), Map.copyOf(units));
	}

	/** A copy whose signals in {@code unitCode} (e.g. "BAR") use {@code entry}. */
	public DriftParameters with(String unitCode, Entry entry) {
		Map<String, Entry> units = new HashMap<>(byUnit);
		units.put(unitCode, entry);
		return new DriftParameters(fallback, byDataType, Map.copyOf(units));
	}

	/** A copy whose signals of {@code type} (when their unit has no entry) use {@code entry}. */
	public DriftParameters with(SignalDataType type, Entry entry) {
		Map<SignalDataType, Entry> types = new EnumMap<>(SignalDataType.class);
		types.putAll(byDataType);
		types.put(type, entry);
		return new DriftParameters(fallback, Map.copyOf(types), byUnit);
	}

	/** The entry for {@code signal}, its σ floor raised to its span's floor. */
	public Entry forSignal(Signal signal) {
		String unit = signal.getUnit() == null ? null : signal.getUnit().getCode();
		Entry entry = unit != null && byUnit.containsKey(unit)
				? byUnit.get(unit)
				: byDataType.getOrDefault(signal.getDataType(), fallback);
		double spanFloor = SPAN_SIGMA_FLOOR * SignalRoles.span(signal);
		return spanFloor > entry.sigmaFloor() ? entry.withSigmaFloor(spanFloor) : entry;
	}
}
