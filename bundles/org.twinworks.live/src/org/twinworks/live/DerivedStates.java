// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.twinworks.model.Signal;

/**
 * The {@link ValueStore}'s companion for derived states: it listens to the store's batches and to the session's
 * connection, and gives each signal's {@link SignalState}. Arrival is taken when a batch is delivered, so
 * {@code staleAfter} should be well above the listener interval.
 */
public final class DerivedStates implements ValueListener, ConnectionListener {
	private final Duration staleAfter;
	private final Clock clock;
	private final Map<Signal, SignalStateTracker> trackers = new ConcurrentHashMap<>();

	public DerivedStates(Duration staleAfter) {
		this(staleAfter, Clock.systemUTC());
	}

	public DerivedStates(Duration staleAfter, Clock clock) {
		this.staleAfter = staleAfter;
		this.clock = clock;
	}

	/** Listens to {@code store} every {@code interval}; close the result to stop. */
	public AutoCloseable attach(ValueStore store, Duration interval) {
		return store.addListener(this, interval);
	}

	@Override
	public void valuesChanged(java.util.List<ValueChange> batch) {
		var now = clock.instant();
		for (ValueChange change : batch) {
			tracker(change.signal()).update(change.value(), now);
		}
	}

	/** Alarms raised at a later time of a recording must not survive a seek back before it. */
	@Override
	public void storeCleared() {
		trackers.clear();
	}

	@Override
	public void stateChanged(ConnectionEvent event) {
		if (event.state() != ConnectionState.CONNECTED && event.state() != ConnectionState.CONNECTING) {
			var now = clock.instant();
			trackers.values().forEach(t -> t.connectionLost(now));
		}
	}

	public SignalState state(Signal signal) {
		return tracker(signal).state(clock.instant(), staleAfter);
	}

	private SignalStateTracker tracker(Signal signal) {
		return trackers.computeIfAbsent(signal, SignalStateTracker::new);
	}
}
