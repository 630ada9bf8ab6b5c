// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;

/** The value store alone: coalescing, bounded history, bounded inbox. */
class ValueStoreTest {

	@Test
	void listenersReceiveEveryChangeInFewBatches() throws Exception {
		Signal signal = signal("FT-1.PV");
		AtomicInteger calls = new AtomicInteger();
		AtomicLong values = new AtomicLong();
		try (ValueStore store = new ValueStore(100, 100_000)) {
			store.addListener(batch -> {
				calls.incrementAndGet();
				values.addAndGet(batch.size());
			}, Duration.ofMillis(100));
			for (int i = 0; i < 50_000; i++) {
				store.offer(signal, value(i));
			}
			assertTrue(LivePlants.await(() -> values.get() == 50_000, Duration.ofSeconds(5)), values.get() + " values");
			assertTrue(calls.get() < 50, calls.get() + " calls");
			assertEquals(49_999.0, store.latest(signal).orElseThrow().value());
			List<SignalValue> history = store.history(signal);
			assertEquals(100, history.size());
			assertEquals(49_900.0, history.get(0).value());
		}
	}

	@Test
	void aFullInboxDropsAndCountsInsteadOfBlockingTheProducer() {
		Signal signal = signal("FT-2.PV");
		try (ValueStore store = new ValueStore(10, 10)) {
			long start = System.nanoTime();
			for (int i = 0; i < 1_000_000; i++) {
				store.offer(signal, value(i));
			}
			assertTrue(System.nanoTime() - start < 5_000_000_000L, "offer blocked");
			assertEquals(1_000_000, store.received());
			assertTrue(store.dropped() > 0);
			assertTrue(store.history(signal).size() <= 10);
		}
	}

	private static Signal signal(String tag) {
		Signal signal = TwinFactory.eINSTANCE.createSignal();
		signal.setTag(tag);
		return signal;
	}

	private static SignalValue value(double v) {
		return new SignalValue(v, 0, "Good", Instant.now(), Instant.now());
	}
}
