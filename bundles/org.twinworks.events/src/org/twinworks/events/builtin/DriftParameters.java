// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.twinworks.events.analytics.Cusum;
import org.twinworks.events.analytics.Ewma;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;

/**
 * The drift charts' parameters per kind of signal: an entry per engineering unit code (first choice), else per data
 * type, else the default. Defaults and why:
 * <ul>
 * <li>CUSUM k = 0.5 σ, h = 5 σ: the textbook design for a 1 σ persistent shift (ARL1 ≈ 10 samples, in-control ARL0
 * ≈ 465 samples on independent samples, see {@link Cusum}); EWMA λ = 0.1, L = 3 (ARL0 ≈ 840, see {@link Ewma}).</li>
 * <li>Warm-up 200 samples: σ estimated from n samples is within about ±10 % at n = 200 (its relative standard error
 * is 1/√(2(n−1))), good enough for h to mean what it says; 20 s of a 10 Hz signal.</li>
 * <li>Temperatures (CEL, FAH, KEL) learn over 600 samples: they move slowly, and a short warm-up sees too little
 * of their noise.</li>
 * <li>Integer types: σ is at least 1/√12 of a count (the quantisation noise of one step), so a counter that sat
 * still during its warm-up does not score a single count as a drift. Any ranged signal: σ at least 10⁻⁴ of its
 * span (about a 14-bit converter's resolution).</li>
 * </ul>
 * The false-alarm rate is per sample (about one per 400 on independent samples): on a fast, noisy signal raise h
 * for its unit (h = 8 gives an in-control ARL0 of tens of thousands of samples) rather than expect silence.
 * Immutable; {@link #with} makes a changed copy.
 */
public final class DriftParameters {
	/** The relative floor on σ: 10⁻⁴ of the signal's span. */
	public static final double SPAN_SIGMA_FLOOR = 1e-4;

	/** One kind of signal's parameters: CUSUM k and h and EWMA λ and L (in σ), warm-up samples, σ floor. */
	public record Entry(double k, double h, double lambda, double width, int warmUp, double sigmaFloor) {
		public Entry {
			if (!(k >= 0 && h > 0 && lambda > 0 && lambda <= 1 && width > 0 && warmUp >= 2 && sigmaFloor > 0)) {
				throw new IllegalArgumentException("invalid drift parameters " + k + ", " + h + ", " + lambda + ", "
						+ width + ", " + warmUp + ", " + sigmaFloor);
			}
		}

		public Entry withWarmUp(int samples) {
			return new Entry(k, h, lambda, width, samples, sigmaFloor);
		}

		public Entry withSigmaFloor(double floor) {
			return new Entry(k, h, lambda, width, warmUp, floor);
		}
	}

	public static final Entry DEFAULT = new Entry(Cusum.DEFAULT_K, Cusum.DEFAULT_H, Ewma.DEFAULT_LAMBDA, Ewma.DEFAULT_L,
			200, 1e-9);

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
			byUnit.put(temperature, DEFAULT.withWarmUp(600));
		}
		return new DriftParameters(DEFAULT, Map.copyOf(byType), Map.copyOf(byUnit));
	}

	/** Every signal with {@code entry}. */
	public static DriftParameters uniform(Entry entry) {
		return new DriftParameters(entry, Map.of(), Map.of());
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
