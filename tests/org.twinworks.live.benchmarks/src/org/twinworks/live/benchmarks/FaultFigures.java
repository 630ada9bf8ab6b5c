// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one kind of fault over its trials: seconds until every item showed stale or Bad (when the fault
 * was noticed at all), seconds from the fault's end until every item had a fresh Good value, silently dead items,
 * and connection events seen.
 */
final class FaultFigures {
	static final double STALE_TARGET_S = 10;
	static final double RECOVERY_TARGET_S = 20;

	private final String name;
	/** Faults this long or longer must be shown as stale; shorter ones may pass unnoticed. */
	private final boolean mustShowStale;
	private final List<Double> stale = new ArrayList<>();
	private final List<Double> recovery = new ArrayList<>();
	private int trials;
	private int unnoticed;
	private int notRecovered;
	private long dead;
	private long events;

	FaultFigures(String name, boolean mustShowStale) {
		this.name = name;
		this.mustShowStale = mustShowStale;
	}

	/** One trial: {@code staleS} negative when no stale was shown, {@code recoveryS} negative when it never was. */
	void add(double staleS, double recoveryS, int deadItems, int eventsSeen) {
		trials++;
		if (staleS >= 0) {
			stale.add(staleS);
		} else {
			unnoticed++;
		}
		if (recoveryS >= 0) {
			recovery.add(recoveryS);
		} else {
			notRecovered++;
		}
		dead += deadItems;
		events += eventsSeen;
	}

	String name() {
		return name;
	}

	int trials() {
		return trials;
	}

	/** The targets this kind missed, empty when none. */
	List<String> misses() {
		List<String> misses = new ArrayList<>();
		if (trials == 0) {
			return misses;
		}
		if (mustShowStale && unnoticed > 0) {
			misses.add(name + ": " + unnoticed + " trial(s) never showed every item stale");
		}
		if (!stale.isEmpty() && max(stale) > STALE_TARGET_S) {
			misses.add(name + ": stale shown after " + format(max(stale)) + " s (target " + STALE_TARGET_S + ")");
		}
		if (notRecovered > 0) {
			misses.add(name + ": " + notRecovered + " trial(s) never recovered every item");
		}
		if (!recovery.isEmpty() && max(recovery) > RECOVERY_TARGET_S) {
			misses.add(name + ": recovered after " + format(max(recovery)) + " s (target " + RECOVERY_TARGET_S + ")");
		}
		if (dead > 0) {
			misses.add(name + ": " + dead + " silently dead item(s)");
		}
		return misses;
	}

	static String header() {
		return String.format(Locale.ROOT, "%-34s %6s %9s %9s %9s %11s %11s %6s %7s", "fault", "trials", "unnoticed",
				"stale p50", "stale max", "recover p50", "recover max", "dead", "events");
	}

	String row() {
		return String.format(Locale.ROOT, "%-34s %6d %9d %9s %9s %11s %11s %6d %7d", name, trials, unnoticed,
				format(p50(stale)), format(max(stale)), format(p50(recovery)),
				notRecovered > 0 ? "never(" + notRecovered + ")" : format(max(recovery)), dead, events);
	}

	private static double p50(List<Double> values) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get((sorted.size() - 1) / 2);
	}

	private static double max(List<Double> values) {
		return values.isEmpty() ? Double.NaN : Collections.max(values);
	}

	private static String format(double seconds) {
		return Double.isNaN(seconds) ? "-" : String.format(Locale.ROOT, "%.2f", seconds);
	}
}
