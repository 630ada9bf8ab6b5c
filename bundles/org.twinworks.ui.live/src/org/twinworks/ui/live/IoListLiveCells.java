// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.time.Instant;

import org.twinworks.live.SignalState;
import org.twinworks.model.Signal;
import org.twinworks.ui.iolist.LiveColumns;

/**
 * The I/O list's live columns (value, quality, source time, age), read from the model's live side; the table
 * repaints once per UI batch of values until it is disposed.
 */
final class IoListLiveCells implements LiveColumns {
	private final LiveModel live;
	private final LiveModelListener repaint;

	IoListLiveCells(LiveModel live, Runnable redraw) {
		this.live = live;
		this.repaint = update -> redraw.run();
		live.addListener(repaint);
	}

	@Override
	public void dispose() {
		live.removeListener(repaint);
	}

	@Override
	public Object cell(Signal signal, int column) {
		return cell(live, signal, column, live.now());
	}

	static Object cell(LiveModel live, Signal signal, int liveColumn, Instant now) {
		if (live == null) {
			return "";
		}
		LiveSignal s = live.signal(signal);
		if (!s.bound()) {
			return "";
		}
		return switch (liveColumn) {
		case VALUE -> LiveText.value(signal, s.value());
		case QUALITY -> quality(s);
		case SOURCE_TIME -> LiveText.time(s.time());
		default -> s.value() == null ? "" : LiveText.age(s.time(), now);
		};
	}

	/** The status name, and what the UI knows beyond it: offline, stale, active alarm, out of range. */
	static String quality(LiveSignal s) {
		if (!s.online()) {
			return "offline";
		}
		if (s.value() == null) {
			return "no value yet";
		}
		StringBuilder text = new StringBuilder(s.value().status());
		if (s.replayed()) {
			text.append(s.changed() ? ", recorded, changed" : ", recorded");
		}
		SignalState state = s.state();
		if (state != null) {
			if (state.stale()) {
				text.append(", stale");
			}
			if (state.highestAlarm() != null) {
				text.append(", alarm ").append(state.highestAlarm().getLiteral());
			}
			if (state.outOfRange()) {
				text.append(", out of range");
			}
		}
		return text.toString();
	}
}
