// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinworks.events.Detector;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventSink;
import org.twinworks.events.NumberValue;
import org.twinworks.events.Severity;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Signal;

/**
 * Signals whose values have been Bad (a sensor failure, no communication) for longer than a threshold: a
 * {@value #SOURCE} frame (MEDIUM) on the signal's equipment, starting when it went Bad, closed by its next value
 * that is not Bad. A signal that never had a value is not flagged here ({@code check} reports bindings that give
 * none). One detector watches many signals, so a tick looks only at those that are Bad and not yet reported.
 */
public final class SignalQualityDetector implements Detector {
	public static final String SOURCE = "signal.bad";
	public static final Duration DEFAULT_THRESHOLD = Duration.ofSeconds(5);

	/** One watched signal's state. */
	private static final class Watch {
		final Signal signal;
		final int position;
		@Nullable
		Instant badSince;
		@Nullable
		SignalValue lastBad;
		@Nullable
		EventFrame frame;

		Watch(Signal signal, int position) {
			this.signal = signal;
			this.position = position;
		}
	}

	/** In the order of {@link #watched()}, which {@link #byPosition} follows. */
	private final Map<Signal, Watch> watches = new LinkedHashMap<>();
	private final Watch[] byPosition;
	/** In the order of {@link #watched()}: the signal is Bad now (the fast path's check, without a cache miss). */
	private final boolean[] badByPosition;
	/** Bad and not yet reported, in the order they went Bad (the same live and from a recording). */
	private final Set<Watch> pending = new LinkedHashSet<>();
	private long nextTick = NO_TICK;
	private boolean nextTickStale;
	private final Duration threshold;

	public SignalQualityDetector(Signal signal, Duration threshold) {
		this(List.of(signal), threshold);
	}

	public SignalQualityDetector(Collection<Signal> signals, Duration threshold) {
		this.threshold = threshold;
		for (Signal signal : signals) {
			if (!watches.containsKey(signal)) {
				watches.put(signal, new Watch(signal, watches.size()));
			}
		}
		this.byPosition = watches.values().toArray(Watch[]::new);
		this.badByPosition = new boolean[byPosition.length];
	}

	@Override
	public void onNumber(int watchedIndex, NumberValue value, EventSink sink) {
		// the common case, a good value of a signal that is not bad, costs an array read
		if (value.isBad() || badByPosition[watchedIndex]) {
			accept(byPosition[watchedIndex], value.toSignalValue(), value.time(), sink);
		}
	}

	@Override
	public long nextTick() {
		// asked after every value: worked out again only when the pending spells changed
		if (nextTickStale) {
			nextTick = firstDue();
			nextTickStale = false;
		}
		return nextTick;
	}

	private long firstDue() {
		// pending is in the order signals went bad, in data time: the first is due first
		Watch first = pending.isEmpty() ? null : pending.iterator().next();
		Instant since = first == null ? null : first.badSince;
		if (since == null) {
			return NO_TICK;
		}
		Instant due = since.plus(threshold);
		return Math.addExact(Math.multiplyExact(due.getEpochSecond(), 1_000_000_000L), due.getNano());
	}

	@Override
	public void onValue(Signal signal, SignalValue value, Instant time, EventSink sink) {
		Watch watch = watches.get(signal);
		if (watch != null) {
			accept(watch, value, time, sink);
		}
	}

	private void accept(Watch watch, SignalValue value, Instant time, EventSink sink) {
		update(watch, value, time, sink);
		nextTickStale = true;
		badByPosition[watch.position] = watch.badSince != null;
	}

	private void update(Watch watch, SignalValue value, Instant time, EventSink sink) {
		if (value.isBad()) {
			if (watch.badSince == null) {
				watch.badSince = time;
				pending.add(watch);
			}
			watch.lastBad = value;
			if (watch.frame == null && openIfDue(watch, time, sink)) {
				pending.remove(watch);
			}
			return;
		}
		if (watch.badSince == null) {
			return;
		}
		watch.badSince = null;
		watch.lastBad = null;
		pending.remove(watch);
		if (watch.frame != null) {
			sink.close(watch.frame, time, captured(watch.signal, value));
			watch.frame = null;
		}
	}

	@Override
	public void onTime(Instant now, EventSink sink) {
		nextTickStale = true;
		for (Iterator<Watch> it = pending.iterator(); it.hasNext();) {
			Watch watch = it.next();
			if (openIfDue(watch, now, sink)) {
				it.remove();
			}
		}
	}

	private boolean openIfDue(Watch watch, Instant now, EventSink sink) {
		Instant since = watch.badSince;
		SignalValue bad = watch.lastBad;
		if (since == null || bad == null || now.isBefore(since.plus(threshold))) {
			return false;
		}
		watch.frame = sink.open(SOURCE, Severity.MEDIUM, watch.signal.getEquipment(),
				watch.signal.getTag() + " is bad (" + bad.status() + ")", since, captured(watch.signal, bad));
		return true;
	}

	@Override
	public Set<Signal> watched() {
		return watches.keySet();
	}

	private static Map<String, Object> captured(Signal signal, SignalValue value) {
		// a frame's captured values cannot be null: a value-less Bad is captured as its status
		Object shown = value.value() != null ? value.value() : value.status();
		return Map.of(signal.getTag() == null ? "?" : signal.getTag(), shown);
	}

	@Override
	public String toString() {
		return "SignalQualityDetector[" + watches.size() + " signals]";
	}
}
