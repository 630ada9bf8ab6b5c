// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.analytics;

/**
 * An exponentially weighted moving average chart (Roberts 1959; Lucas and Saccucci 1990) on standardised samples:
 * z = λ·(x − μ)/σ + (1 − λ)·z, signalling while |z| exceeds L·√(λ / (2 − λ)) (the asymptotic limit). It stops
 * signalling once |z| is back within half that limit, so a mean wandering on the limit does not flap.
 * <p>
 * Defaults λ = 0.1, L = 3: for a 1 σ shift an ARL1 of about 10 samples, and an in-control ARL0 of about 840 on
 * independent Gaussian samples (Lucas and Saccucci's tables); smaller λ remembers longer and finds smaller shifts
 * later. Not thread-safe.
 */
public final class Ewma {
	public static final double DEFAULT_LAMBDA = 0.1;
	public static final double DEFAULT_L = 3;

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
