// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.twinworks.model.Signal;

/**
 * The {@link ValueStore}'s companion for derived states: it listens to the store's batches and to the session's
 * connection, and gives each signal's {@link SignalState}. Arrival is taken when a batch is delivered, so
 * {@code staleAfter} should be well above the listener interval.
 */
public final class DerivedStates implements ValueListener, ConnectionListener {
	/**
	 * How late a store on a busy machine may deliver a value received before a loss, while no session is back: no
	 * session comes back within a second of its loss (a reconnect is a new channel and session, seconds).
	 */
	private static final Duration LATE_ON_A_BUSY_MACHINE = Duration.ofSeconds(1);

	private final Duration staleAfter;
	private final Clock clock;
	private final Map<Signal, SignalStateTracker> trackers = new ConcurrentHashMap<>();
	/** The store's delivery interval, doubled: how late a value received before a loss can still be delivered. */
	private volatile Duration lateDelivery = Duration.ZERO;
	private volatile Instant lostAt;
	/** A session was connected since {@link #lostAt}: its values are the server's again. */
	private volatile boolean reconnected;

	public DerivedStates(Duration staleAfter) {
		this(staleAfter, Clock.systemUTC());
	}

	public DerivedStates(Duration staleAfter, Clock clock) {
		this.staleAfter = staleAfter;
		this.clock = clock;
	}

	/** Listens to {@code store} every {@code interval}; close the result to stop. */
	public AutoCloseable attach(ValueStore store, Duration interval) {
		lateDelivery = interval.multipliedBy(2);
		return store.addListener(this, interval);
	}

	@Override
	public void valuesChanged(java.util.List<ValueChange> batch) {
		var now = clock.instant();
		Instant lost = lostAt;
		// a value received just before the connection was lost can reach us in the next batch, after the loss:
		// it must not make its signal look live again (no session can come back within a delivery interval); on a
		// busy machine the delivery lags further, so until a session is back a second counts as before the loss
		boolean beforeLoss = lost != null && (!now.isAfter(lost.plus(lateDelivery))
				|| !reconnected && !now.isAfter(lost.plus(LATE_ON_A_BUSY_MACHINE)));
		for (ValueChange change : batch) {
			SignalStateTracker tracker = tracker(change.signal());
			tracker.update(change.value(), now);
			if (beforeLoss) {
				tracker.connectionLost(lost);
			}
		}
	}

	/** Alarms raised at a later time of a recording must not survive a seek back before it. */
	@Override
	public void storeCleared() {
		trackers.clear();
	}

	@Override
	public void stateChanged(ConnectionEvent event) {
		if (event.state() == ConnectionState.CONNECTED) {
			reconnected = true;
		} else if (event.state() != ConnectionState.CONNECTING) {
			var now = clock.instant();
			reconnected = false;
			lostAt = now;
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
