// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.analytics;

/**
 * A signal's own mean and standard deviation learnt over its first {@code warmUp} samples (Welford's running
 * update, stable for long runs), then frozen: the target the drift charts measure against. A sigma below
 * {@code sigmaFloor} is raised to it, so a signal that sat still during the warm-up (a quantised or idle value)
 * does not turn the smallest later change into an infinite score.
 */
public final class Baseline {
	private final int warmUp;
	private final double sigmaFloor;
	private int count;
	private double mean;
	private double sumOfSquares;

	public Baseline(int warmUp, double sigmaFloor) {
		if (warmUp < 2) {
			throw new IllegalArgumentException("a warm-up needs at least 2 samples, not " + warmUp);
		}
		if (!(sigmaFloor > 0)) {
			throw new IllegalArgumentException("the sigma floor must be positive, not " + sigmaFloor);
		}
		this.warmUp = warmUp;
		this.sigmaFloor = sigmaFloor;
	}

	/** Learns {@code x} while warming up; true once the baseline is complete (this sample included). */
	public boolean learn(double x) {
		if (count < warmUp) {
			count++;
			double delta = x - mean;
			mean += delta / count;
			sumOfSquares += delta * (x - mean);
		}
		return isLearnt();
	}

	public boolean isLearnt() {
		return count >= warmUp;
	}

	public int samples() {
		return count;
	}

	public int warmUp() {
		return warmUp;
	}

	public double mean() {
		return mean;
	}

	/** The sample standard deviation learnt so far, at least the floor. */
	public double sigma() {
		double sd = count < 2 ? 0 : Math.sqrt(sumOfSquares / (count - 1));
		return Math.max(sd, sigmaFloor);
	}

	/** How many sigmas {@code x} lies from the mean. */
	public double standardise(double x) {
		return (x - mean) / sigma();
	}

	/** Forgets what was learnt: the next {@link #warmUp()} samples make a new baseline. */
	public void reset() {
		count = 0;
		mean = 0;
		sumOfSquares = 0;
	}
}
