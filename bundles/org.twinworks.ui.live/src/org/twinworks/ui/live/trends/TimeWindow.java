// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.trends;

/**
 * The time span a trend shows: its end and length in epoch milliseconds. Following live, the end is "now"
 * (the live clock or the playback position) at each paint; zooming to a range or panning stops following.
 */
public final class TimeWindow {
	static final long MIN_SPAN = 1_000;
	static final long MAX_SPAN = 24 * 3_600_000L;

	private long end;
	private long span;
	private boolean follow = true;

	public TimeWindow(long spanMillis) {
		this.span = spanMillis;
	}

	public long end() {
		return end;
	}

	public long start() {
		return end - span;
	}

	public long span() {
		return span;
	}

	public boolean following() {
		return follow;
	}

	public void follow(boolean on) {
		follow = on;
	}

	/** Called before each paint with the current time: a following window slides with it. */
	void now(long nowMillis) {
		if (follow || end == 0) {
			end = nowMillis;
		}
	}

	/** Shows [from, to] and stops following. */
	public void show(long from, long to) {
		if (to - from < MIN_SPAN) {
			long centre = (from + to) / 2;
			from = centre - MIN_SPAN / 2;
			to = from + MIN_SPAN;
		}
		end = to;
		span = Math.min(MAX_SPAN, to - from);
		follow = false;
	}

	/**
	 * Zooms by {@code factor} (below 1 zooms in) keeping {@code anchor} where it is on screen. A following window
	 * keeps following, anchored at its end, so the live edge stays in view.
	 */
	public void zoom(double factor, long anchor) {
		long newSpan = Math.max(MIN_SPAN, Math.min(MAX_SPAN, Math.round(span * factor)));
		if (follow) {
			span = newSpan;
			return;
		}
		double at = (anchor - start()) / (double) span;
		long newStart = anchor - Math.round(at * newSpan);
		span = newSpan;
		end = newStart + newSpan;
	}

	/** The x pixel of {@code time} within [left, left + width). */
	int x(long time, int left, int width) {
		return left + (int) Math.round((time - start()) * (double) width / span);
	}

	/** The time at pixel {@code x}. */
	long time(int x, int left, int width) {
		return start() + Math.round((x - left) * (double) span / width);
	}
}
