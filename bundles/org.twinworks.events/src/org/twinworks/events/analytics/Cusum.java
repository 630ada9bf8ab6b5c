// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.analytics;

/**
 * A two-sided, standardised tabular CUSUM (Page 1954; Montgomery, Introduction to Statistical Quality Control, ch.
 * 9): each sample is standardised against the {@link Baseline} learnt over the warm-up, z = (x − μ) / σ, and
 * accumulated as S⁺ = max(0, S⁺ + z − k), S⁻ = max(0, S⁻ − z − k). The chart signals while S⁺ or S⁻ exceeds h.
 * <p>
 * k is the slack (half the shift, in σ, it is tuned to detect fastest) and h the decision interval. The defaults
 * k = 0.75, h = 14 are meant for one point per window of data time (a window mean, see
 * {@code org.twinworks.events.builtin.DriftParameters}), on a plant of 20,000 signals. Siegmund's approximation of
 * a one-sided chart's average run length for a shift δ (in σ), ARL(δ) = (e^(−2Δb) + 2Δb − 1) / (2Δ²) with
 * Δ = δ − k, b = h + 1.166, and 1/ARL0 = 1/ARL⁺ + 1/ARL⁻ for the two-sided chart, gives:
 * <ul>
 * <li>in control, with a known baseline: ARL0 ≈ 3.4·10⁹ points. With a baseline learnt from 180 points (its mean
 * off by about σ/√180, its σ by about ±5 %), averaged over baselines: one false alarm per ≈ 7.5·10⁷ points, i.e.
 * with 10 s windows (8,640 a day) about 2.3 false alarms a day on 20,000 signals;</li>
 * <li>a sustained 1 σ shift is signalled after ≈ 53 points on average, a 2 σ shift after ≈ 12.</li>
 * </ul>
 * The textbook design for raw samples (k = 0.5, h = 5: ARL0 ≈ 469, ARL1(1 σ) ≈ 10.3) alarms once per ≈ 400
 * points: fine on a daily sample, hopeless on 20,000 signals at 10 Hz.
 * <p>
 * The sums keep running while the chart signals; {@link #isSignalling()} turns false once the signalling sum has
 * fallen back to zero (the process is back on target), or after {@link #reset()}. Not thread-safe.
 */
public final class Cusum {
	/** The default slack, in σ. */
	public static final double DEFAULT_K = 0.75;
	/** The default decision interval, in σ. */
	public static final double DEFAULT_H = 14;

	private final double k;
	private final double h;
	private final Baseline baseline;
	private double high;
	private double low;
	private boolean signalling;

	public Cusum(double k, double h, Baseline baseline) {
		if (!(k >= 0) || !(h > 0)) {
			throw new IllegalArgumentException("CUSUM needs k >= 0 and h > 0, not k=" + k + ", h=" + h);
		}
		this.k = k;
		this.h = h;
		this.baseline = baseline;
	}

	/**
	 * Adds a sample: while the baseline warms up, it learns and the chart stays quiet; afterwards the sums move.
	 *
	 * @return whether the chart signals after this sample
	 */
	public boolean add(double x) {
		if (!baseline.isLearnt()) {
			baseline.learn(x);
			return false;
		}
		double z = baseline.standardise(x);
		high = Math.max(0, high + z - k);
		low = Math.max(0, low - z - k);
		if (high > h || low > h) {
			signalling = true;
		} else if (signalling && high == 0 && low == 0) {
			signalling = false;
		}
		return signalling;
	}

	public boolean isSignalling() {
		return signalling;
	}

	/** S⁺: the evidence of an upward shift, in σ. */
	public double high() {
		return high;
	}

	/** S⁻: the evidence of a downward shift, in σ. */
	public double low() {
		return low;
	}

	/** The larger of the two sums, in σ: what to plot against {@link #h()}. */
	public double statistic() {
		return Math.max(high, low);
	}

	public double k() {
		return k;
	}

	public double h() {
		return h;
	}

	public Baseline baseline() {
		return baseline;
	}

	/** Clears the sums and the signal and relearns the baseline (the new level is accepted as normal). */
	public void reset() {
		high = 0;
		low = 0;
		signalling = false;
		baseline.reset();
	}
}
