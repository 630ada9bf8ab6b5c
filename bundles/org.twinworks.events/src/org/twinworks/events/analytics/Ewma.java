// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.analytics;

/**
 * An exponentially weighted moving average chart (Roberts 1959; Lucas and Saccucci 1990) on standardised samples:
 * z = λ·(x − μ)/σ + (1 − λ)·z, signalling while |z| exceeds L·√(λ / (2 − λ)) (the asymptotic limit). It stops
 * signalling once |z| is back within half that limit, so a mean wandering on the limit does not flap.
 * <p>
 * Defaults λ = 0.05, L = 6, meant (like {@link Cusum}'s) for one point per window of data time on a large plant:
 * in-control ARL0 ≈ 8·10⁸ points with a known baseline, a 1 σ shift signalled after ≈ 47 points, a 2 σ shift after
 * ≈ 13.5 (Brook and Evans' Markov chain, 301 states). The textbook λ = 0.1, L = 3 (ARL0 ≈ 840, ARL1(1 σ) ≈ 10.3,
 * Lucas and Saccucci's tables) suits a daily sample, not 10 Hz. Smaller λ remembers longer and finds smaller shifts
 * later. Not thread-safe.
 */
public final class Ewma {
	public static final double DEFAULT_LAMBDA = 0.05;
	public static final double DEFAULT_L = 6;

	private final double lambda;
	private final double limit;
	private final Baseline baseline;
	private double z;
	private boolean signalling;

	public Ewma(double lambda, double width, Baseline baseline) {
		if (!(lambda > 0 && lambda <= 1) || !(width > 0)) {
			throw new IllegalArgumentException("EWMA needs 0 < lambda <= 1 and L > 0, not " + lambda + ", " + width);
		}
		this.lambda = lambda;
		this.limit = width * Math.sqrt(lambda / (2 - lambda));
		this.baseline = baseline;
	}

	/** Adds a sample (the baseline learns it while warming up); whether the chart signals after it. */
	public boolean add(double x) {
		if (!baseline.isLearnt()) {
			baseline.learn(x);
			return false;
		}
		z = lambda * baseline.standardise(x) + (1 - lambda) * z;
		if (Math.abs(z) > limit) {
			signalling = true;
		} else if (signalling && Math.abs(z) <= limit / 2) {
			signalling = false;
		}
		return signalling;
	}

	public boolean isSignalling() {
		return signalling;
	}

	/** The smoothed standardised deviation, in σ. */
	public double statistic() {
		return z;
	}

	/** The control limit on |z|, in σ. */
	public double limit() {
		return limit;
	}

	public Baseline baseline() {
		return baseline;
	}

	public void reset() {
		z = 0;
		signalling = false;
		baseline.reset();
	}
}
