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
import org.twinworks.live.ValueChange;
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

	@Test
	void aForgottenSignalHasNoValueHistoryOrTierAndOthersKeepTheirs() throws Exception {
		Signal gone = signal("FT-3.PV");
		Signal kept = signal("FT-4.PV");
		try (ValueStore store = new ValueStore(100, 100_000); AutoCloseable trend = store.trend(gone)) {
			List<ValueChange> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
			store.addListener(delivered::addAll, Duration.ofMillis(50));
			for (int i = 0; i < 10_000; i++) {
				store.offer(gone, value(i));
				store.offer(kept, value(i));
			}
			// values still in the inbox when it is forgotten must not bring it back
			store.forget(gone);
			store.offer(kept, value(-1));
			assertTrue(LivePlants.await(() -> store.latest(kept).map(v -> v.value().equals(-1.0)).orElse(false),
					Duration.ofSeconds(5)), "the store caught up");
			assertTrue(store.latest(gone).isEmpty(), "no value: " + store.latest(gone));
			assertTrue(store.history(gone).isEmpty(), store.history(gone).size() + " values in its history");
			assertEquals(0, store.envelope(gone).size(), "its min/max tier is empty");
			assertEquals(100, store.history(kept).size(), "the other signal keeps its history");
			Thread.sleep(150);
			int deliveredOfGone = (int) delivered.stream().filter(c -> c.signal() == gone).count();
			Thread.sleep(150);
			assertEquals(deliveredOfGone, delivered.stream().filter(c -> c.signal() == gone).count(),
					"no more of its changes delivered once forgotten");

			// bound again: only values from now on
			store.offer(gone, value(42));
			assertTrue(LivePlants.await(() -> store.latest(gone).isPresent(), Duration.ofSeconds(5)), "a new value");
			assertEquals(List.of(42.0), store.history(gone).stream().map(SignalValue::value).toList());
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
