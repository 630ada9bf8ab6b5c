// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.time.Instant;

/**
 * The drift charts of one signal after one window of data time: what a trend plots under the signal (the CUSUM sums
 * against h, the EWMA against its limit, all in σ of the window means' learnt baseline).
 *
 * @param time the window's end
 * @param value the window's time-weighted mean, or with a {@link DriftExpectation} its residual against the
 *              expected mean (what the charts get)
 * @param ewma the EWMA statistic, NaN when the EWMA chart is off (as by default)
 * @param ewmaLimit the EWMA's limit, NaN when it is off
 * @param warmingUp true while the baseline is still being learnt (mean and sigma are provisional, the sums 0)
 */
public record DriftReading(Instant time, double value, boolean warmingUp, double mean, double sigma, double cusumHigh,
		double cusumLow, double h, boolean cusumSignal, double ewma, double ewmaLimit, boolean ewmaSignal) {

	/** The larger CUSUM sum, in σ. */
	public double cusum() {
		return Math.max(cusumHigh, cusumLow);
	}
}
