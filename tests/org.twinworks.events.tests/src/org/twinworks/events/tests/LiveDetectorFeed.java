// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.twinworks.events.Detector;
import org.twinworks.live.ValueChange;
import org.twinworks.live.ValueStore;

/**
 * A stand-in for the engine in a live test: a value store's changes go to the detectors that watch them, in
 * non-decreasing time (source time, else server time), and time goes on every 100 ms without new values. One lock,
 * so detectors see one caller at a time as the engine promises.
 */
public final class LiveDetectorFeed implements AutoCloseable {
	private final List<Detector> detectors;
	private final CollectedFrames sink;
	private final AutoCloseable listener;
	private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
	private Instant last = Instant.EPOCH;

	public LiveDetectorFeed(List<? extends Detector> detectors, CollectedFrames sink, ValueStore store) {
		this.detectors = List.copyOf(detectors);
		this.sink = sink;
		listener = store.addListener(this::deliver, Duration.ofMillis(20));
		ticker.scheduleAtFixedRate(this::tick, 100, 100, TimeUnit.MILLISECONDS);
	}

	private synchronized void deliver(List<ValueChange> batch) {
		for (ValueChange change : batch) {
			Instant time = change.value().sourceTime() != null
					? change.value().sourceTime()
					: change.value().serverTime();
			if (time == null || time.isBefore(last)) {
				time = last;
			}
			last = time;
			for (Detector detector : detectors) {
				if (detector.watched().contains(change.signal())) {
					detector.onValue(change.signal(), change.value(), time, sink);
				}
			}
		}
	}

	private synchronized void tick() {
		Instant now = Instant.now();
		last = now.isAfter(last) ? now : last;
		detectors.forEach(d -> d.onTime(last, sink));
	}

	@Override
	public void close() throws Exception {
		ticker.shutdownNow();
		listener.close();
	}
}
