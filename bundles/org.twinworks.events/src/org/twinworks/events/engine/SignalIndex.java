// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * The signals an engine knows, numbered densely from 0 (the plant's signals in model order, then any other signal
 * a detector watches), so the fast path carries an int per value and finds its detectors in an array. A tag is
 * resolved to its number once (the first signal of a tag winning, as a replay resolves them). Immutable.
 */
public final class SignalIndex {
	private final Signal[] signals;
	private final Map<Signal, Integer> numbers;
	private final Map<String, Integer> byTag;

	private SignalIndex(List<Signal> signals) {
		this.signals = signals.toArray(Signal[]::new);
		this.numbers = new IdentityHashMap<>(signals.size() * 2);
		this.byTag = new HashMap<>(signals.size() * 2);
		for (int i = 0; i < this.signals.length; i++) {
			Signal signal = this.signals[i];
			numbers.put(signal, i);
			if (signal.getTag() != null) {
				byTag.putIfAbsent(signal.getTag(), i);
			}
		}
	}

	/** The plant's signals (when there is a plant) in model order, then the others {@code watched}. */
	static SignalIndex of(@Nullable Plant plant, Collection<? extends Collection<Signal>> watched) {
		Map<Signal, Boolean> seen = new IdentityHashMap<>();
		List<Signal> ordered = new ArrayList<>();
		if (plant != null) {
			for (var it = plant.eAllContents(); it.hasNext();) {
				if (it.next() instanceof Signal s && seen.put(s, Boolean.TRUE) == null) {
					ordered.add(s);
				}
			}
		}
		for (Collection<Signal> some : watched) {
			for (Signal s : some) {
				if (seen.put(s, Boolean.TRUE) == null) {
					ordered.add(s);
				}
			}
		}
		return new SignalIndex(ordered);
	}

	public int size() {
		return signals.length;
	}

	/** The signal numbered {@code number}. */
	public Signal signal(int number) {
		return signals[number];
	}

	/** The signal's number, -1 when the engine does not know it. */
	public int indexOf(Signal signal) {
		Integer number = numbers.get(signal);
		return number == null ? -1 : number;
	}

	/** The number of the first signal with {@code tag}, -1 when none has it. */
	public int indexOfTag(String tag) {
		Integer number = byTag.get(tag);
		return number == null ? -1 : number;
	}
}
