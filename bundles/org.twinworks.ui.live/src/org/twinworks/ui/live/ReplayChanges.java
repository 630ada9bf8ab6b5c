// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.twinworks.live.RecordedValue;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Signal;

/**
 * Which signals show a different value at one instant of a recording than at another: what a playback step
 * changed, whether it played forward or the scrubber jumped. Computed from the recording itself, so it does not
 * depend on when the store's batches reach the UI. Equal numbers with new timestamps are not changes.
 */
final class ReplayChanges {
	private final List<RecordedValue> values;
	private final List<Signal> signalOf;
	private final Map<Signal, List<RecordedValue>> perSignal = new HashMap<>();

	ReplayChanges(List<RecordedValue> values, Function<RecordedValue, Signal> signals) {
		this.values = values;
		this.signalOf = new ArrayList<>(values.size());
		for (RecordedValue value : values) {
			Signal signal = signals.apply(value);
			signalOf.add(signal);
			if (signal != null) {
				perSignal.computeIfAbsent(signal, s -> new ArrayList<>()).add(value);
			}
		}
	}

	/** The signals whose value at {@code to} differs from their value at {@code from} (either order). */
	Set<Signal> between(Instant from, Instant to) {
		if (from == null || to == null || from.equals(to)) {
			return Set.of();
		}
		Instant early = from.isBefore(to) ? from : to;
		Instant late = from.isBefore(to) ? to : from;
		Set<Signal> candidates = new HashSet<>();
		for (int i = after(values, early); i < values.size() && !values.get(i).arrival().isAfter(late); i++) {
			Signal signal = signalOf.get(i);
			if (signal != null) {
				candidates.add(signal);
			}
		}
		candidates.removeIf(s -> Objects.equals(valueAt(s, early), valueAt(s, late)));
		return candidates;
	}

	/** The signal's value (the number or text, not its timestamps) at {@code time}, null before its first. */
	Object valueAt(Signal signal, Instant time) {
		List<RecordedValue> list = perSignal.getOrDefault(signal, Collections.emptyList());
		int index = after(list, time) - 1;
		if (index < 0) {
			return null;
		}
		SignalValue v = list.get(index).value();
		return v.isBad() ? v.status() : v.value();
	}

	/** The index of the first value that arrived after {@code time}. */
	private static int after(List<RecordedValue> list, Instant time) {
		int low = 0;
		int high = list.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (list.get(mid).arrival().isAfter(time)) {
				high = mid;
			} else {
				low = mid + 1;
			}
		}
		return low;
	}
}
