// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;

/** The value store's compact history: bounded by count and by age, and every kind of value given back equal. */
class HistoryTest {
	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00.123456789Z");

	@Test
	void theHistoryKeepsTheNewestValuesUpToItsCount() throws Exception {
		Signal signal = signal("LT-1.PV");
		try (ValueStore store = new ValueStore(50, 10_000)) {
			List<SignalValue> sent = new ArrayList<>();
			for (int i = 0; i < 1_000; i++) {
				SignalValue value = new SignalValue(i * 0.5, 0, "Good", T0.plusMillis(i),
						T0.plusMillis(i).plusNanos(7));
				sent.add(value);
				store.put(signal, value);
			}
			await(store, signal, sent.get(999));
			assertEquals(sent.subList(950, 1_000), store.history(signal));
		}
	}

	@Test
	void valuesOlderThanTheAgeBoundLeaveTheHistory() throws Exception {
		Signal signal = signal("FT-1.PV");
		try (ValueStore store = new ValueStore(1_000, Duration.ofSeconds(10), 10_000)) {
			SignalValue value = null;
			for (int i = 0; i <= 60; i++) {
				value = new SignalValue((double) i, 0, "Good", T0.plusSeconds(i), T0.plusSeconds(i));
				store.put(signal, value);
			}
			await(store, signal, value);
			List<Double> kept = store.history(signal).stream().map(v -> (Double) v.value()).toList();
			// the newest at 60 s keeps 50 s to 60 s: exactly 10 s old is not older than the bound
			assertEquals(11, kept.size(), kept.toString());
			assertEquals(50.0, kept.get(0));
			assertEquals(Duration.ofSeconds(10), store.historyAge().orElseThrow());
		}
	}

	@Test
	void theAgeUsesTheServerTimeWhenTheSourceSentNone() throws Exception {
		Signal signal = signal("FT-2.PV");
		try (ValueStore store = new ValueStore(1_000, Duration.ofSeconds(5), 10_000)) {
			SignalValue value = null;
			for (int i = 0; i <= 20; i++) {
				value = new SignalValue(i, 0, "Good", null, T0.plusSeconds(i));
				store.put(signal, value);
			}
			await(store, signal, value);
			assertEquals(6, store.history(signal).size());
		}
	}

	@Test
	void nonNumericValuesStatusesAndMissingTimesComeBackEqual() throws Exception {
		Signal signal = signal("X-1");
		List<SignalValue> sent = List.of(new SignalValue(true, 0, "Good", T0, T0),
				new SignalValue(false, 0x8000_0000L | 0x0081_0000L, "Bad_SensorFailure", T0.plusNanos(1), null),
				new SignalValue("RUNNING", 0, "Good", null, null),
				new SignalValue(null, 0x8031_0000L, "Bad_NoCommunication", null, T0.plusSeconds(1)),
				new SignalValue(42, 0x4000_0000L, "Uncertain", T0.minusSeconds(3_600), T0),
				new SignalValue(Long.MAX_VALUE, 0, "Good", T0, T0), new SignalValue(-7.25f, 0, "Good", T0, T0),
				new SignalValue((short) -3, 0, "Good", T0, T0), new SignalValue((byte) 5, 0, "Good", T0, T0),
				new SignalValue(Double.NaN, 0, "Good", T0, T0), new SignalValue(new int[]{1, 2}, 0, "Good", T0, T0),
				// the same code under another name, and a time a long of nanoseconds cannot hold
				new SignalValue(1.5, 0, "Good (overridden)", T0, T0),
				new SignalValue(2.5, 0, "Good", Instant.parse("1601-01-01T00:00:00Z"), T0),
				new SignalValue("", 0, "Good", Instant.parse("2262-04-12T00:00:00Z"), null));
		try (ValueStore store = new ValueStore(100, Duration.ofDays(1), 10_000)) {
			for (SignalValue value : sent) {
				store.put(signal, value);
			}
			await(store, signal, sent.get(sent.size() - 1));
			List<SignalValue> history = store.history(signal);
			assertEquals(sent.size(), history.size());
			for (int i = 0; i < sent.size(); i++) {
				SignalValue expected = sent.get(i);
				SignalValue actual = history.get(i);
				if (expected.value() instanceof int[] array) {
					assertTrue(actual.value() == array, "an array is kept by reference");
					assertEquals(
							new SignalValue(null, expected.statusCode(), expected.status(), expected.sourceTime(),
									expected.serverTime()),
							new SignalValue(null, actual.statusCode(), actual.status(), actual.sourceTime(),
									actual.serverTime()));
				} else {
					assertEquals(expected, actual, "value " + i);
					assertEquals(expected.value() == null ? null : expected.value().getClass(),
							actual.value() == null ? null : actual.value().getClass(), "type of value " + i);
				}
			}
		}
	}

	@Test
	void aTextSignalKeepsItsBoundsToo() throws Exception {
		Signal signal = signal("MODE");
		try (ValueStore store = new ValueStore(3, 10_000)) {
			SignalValue value = null;
			for (int i = 0; i < 10; i++) {
				value = new SignalValue("step " + i, 0, "Good", T0.plusSeconds(i), T0.plusSeconds(i));
				store.put(signal, value);
			}
			await(store, signal, value);
			assertEquals(List.of("step 7", "step 8", "step 9"),
					store.history(signal).stream().map(SignalValue::value).toList());
		}
	}

	/** Waits until {@code last}, the last value put, is in the history (the worker applies values in order). */
	private static void await(ValueStore store, Signal signal, SignalValue last) throws InterruptedException {
		assertTrue(LivePlants.await(() -> {
			List<SignalValue> history = store.history(signal);
			return !history.isEmpty() && history.get(history.size() - 1).equals(last);
		}, Duration.ofSeconds(5)), "the last value never arrived");
	}

	private static Signal signal(String tag) {
		Signal signal = TwinFactory.eINSTANCE.createSignal();
		signal.setTag(tag);
		return signal;
	}
}
