// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.analytics;

import java.util.Arrays;

/**
 * Robust location and spread of a small group (a fleet's instances): the median, the median absolute deviation
 * and Iglewicz and Hoaglin's modified z-score 0.6745·(x − median)/MAD, which one or two wild values cannot drag
 * the way they drag a mean and a standard deviation. |z| above 3.5 is their outlier rule.
 * <p>
 * MAD = 0 (more than half the group reads the same): the score falls back to (x − median)/(1.253314·meanAD), the
 * mean absolute deviation from the median scaled to σ for Gaussian data; when that is 0 too, every value equals
 * the median and every score is 0. Immutable.
 */
public final class RobustStats {
	/** 0.6745 = Φ⁻¹(0.75): makes MAD comparable with σ for Gaussian data. */
	public static final double MAD_SCALE = 0.6745;
	/** √(π/2): makes the mean absolute deviation comparable with σ for Gaussian data. */
	public static final double MEAN_AD_SCALE = 1.253314;
	/** Iglewicz and Hoaglin's cut-off on the modified z-score. */
	public static final double OUTLIER_Z = 3.5;

	private final double median;
	private final double mad;
	private final double meanAbsoluteDeviation;
	private final int size;

	private RobustStats(double median, double mad, double meanAbsoluteDeviation, int size) {
		this.median = median;
		this.mad = mad;
		this.meanAbsoluteDeviation = meanAbsoluteDeviation;
		this.size = size;
	}

	/** The statistics of {@code values} (at least one; NaN is not allowed). */
	public static RobustStats of(double... values) {
		if (values.length == 0) {
			throw new IllegalArgumentException("robust statistics need at least one value");
		}
		for (double v : values) {
			if (Double.isNaN(v)) {
				throw new IllegalArgumentException("robust statistics of NaN");
			}
		}
		double median = median(values);
		double[] deviations = new double[values.length];
		double sum = 0;
		for (int i = 0; i < values.length; i++) {
			deviations[i] = Math.abs(values[i] - median);
			sum += deviations[i];
		}
		return new RobustStats(median, median(deviations), sum / values.length, values.length);
	}

	/** The median of {@code values} (the mean of the middle two for an even count); the array is not changed. */
	public static double median(double... values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	public double median() {
		return median;
	}

	public double mad() {
		return mad;
	}

	public int size() {
		return size;
	}

	/** The modified z-score of {@code x} against this group (see the class comment for MAD = 0). */
	public double z(double x) {
		if (mad > 0) {
			return MAD_SCALE * (x - median) / mad;
		}
		if (meanAbsoluteDeviation > 0) {
			return (x - median) / (MEAN_AD_SCALE * meanAbsoluteDeviation);
		}
		return 0;
	}

	/**
	 * The modified z-score with the MAD raised to at least {@code madFloor}: a group whose spread is below what
	 * matters (a fleet of identical machines whose differences are measurement noise) does not make every small
	 * difference an outlier. A floor of 0 gives {@link #z(double)}.
	 */
	public double z(double x, double madFloor) {
		return madFloor > mad ? MAD_SCALE * (x - median) / madFloor : z(x);
	}

	public boolean isOutlier(double x, double threshold) {
		return Math.abs(z(x)) > threshold;
	}
}
