// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.twinworks.events.EventFrame;
import org.twinworks.events.Severity;
import org.twinworks.events.ui.EventBook;
import org.twinworks.events.ui.EventEntry;
import org.twinworks.events.ui.view.EventFilter;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.TwinFactory;

/** The workbench's bounded book of frames and the Events view's filter, without a display. */
class EventBookTest {
	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
	private final Plant plant = TwinFactory.eINSTANCE.createPlant();
	private final Equipment pump = equipment("P-101");
	private final Equipment tank = equipment("TK-101");

	@Test
	void beyondItsCapacityTheOldestClosedFrameGoesBeforeAnyOpenOne() {
		EventBook book = new EventBook(3);
		long first = book.opened(plant, frame(1, Severity.LOW, pump));
		long second = book.opened(plant, frame(2, Severity.LOW, pump));
		book.closed(second, frame(2, Severity.LOW, pump).closedAt(T0.plusSeconds(1), Map.of()));
		long third = book.opened(plant, frame(3, Severity.HIGH, tank));
		long fourth = book.opened(plant, frame(4, Severity.MEDIUM, tank));

		assertEquals(List.of(fourth, third, first), book.entries().stream().map(EventEntry::key).toList(),
				"newest first, the closed one evicted though an older one is open");
		assertNull(book.entry(second));
		assertEquals(3, book.openCount());
		assertEquals(Map.of(pump, Severity.LOW, tank, Severity.HIGH), book.worstOpen(plant));
		assertEquals(Map.of(), book.worstOpen(TwinFactory.eINSTANCE.createPlant()), "another plant's badges");

		long fifth = book.opened(plant, frame(5, Severity.INFO, null));
		assertNull(book.entry(first), "all open: the oldest goes");
		assertEquals(3, book.size());
		assertTrue(book.entry(fifth) != null);
	}

	@Test
	void framesCapturingManyValuesAreBoundedByTheMemoryTheyTake() {
		EventBook measure = new EventBook();
		measure.opened(plant, capturing(1, 1_000));
		long large = measure.bytesHeld();
		assertTrue(large > 1_000 * 32, "a thousand captured values counted: " + large + " bytes");

		EventBook book = new EventBook(100, large * 7 / 2);
		long[] keys = new long[5];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = book.opened(plant, capturing(i + 1, 1_000));
			book.closed(keys[i], capturing(i + 1, 1_000).closedAt(T0.plusSeconds(i + 1), Map.of()));
		}
		assertEquals(List.of(keys[4], keys[3], keys[2]), book.entries().stream().map(EventEntry::key).toList(),
				"three of them fit, the oldest went");
		assertTrue(book.bytesHeld() <= large * 7 / 2, book.bytesHeld() + " bytes held");

		for (int i = 0; i < 200; i++) {
			book.opened(plant, frame(10 + i, Severity.LOW, pump));
		}
		assertEquals(100, book.size(), "small frames up to the count");
		assertNull(book.entry(keys[4]), "the closed large frames went before any open one");
		book.removeAll(plant);
		assertEquals(0, book.bytesHeld(), "nothing held once every entry is gone");

		EventBook tiny = new EventBook(100, 1);
		long only = tiny.opened(plant, capturing(1, 1_000));
		assertEquals(1, tiny.size(), "the newest frame stays whatever it takes");
		assertTrue(tiny.entry(only) != null);
	}

	@Test
	void acknowledgingCountsOnceAndClosingKeepsIt() {
		EventBook book = new EventBook();
		long key = book.opened(plant, frame(1, Severity.MEDIUM, pump));
		book.opened(plant, frame(2, Severity.LOW, tank));
		assertEquals(2, book.unacknowledgedCount());
		assertEquals(1, book.acknowledge(List.of(key, 99L)));
		assertEquals(0, book.acknowledge(List.of(key)), "already acknowledged");
		assertEquals(1, book.unacknowledgedCount());
		book.closeOpen(List.of(key), T0.plusSeconds(5));
		EventEntry entry = book.entry(key);
		assertEquals("closed, acknowledged", entry.stateText());
		assertEquals(1, book.openCount());
	}

	@Test
	void theFilterTakesASeverityFloorOpenOnlyAndTextInTheEquipmentOrSource() {
		EventEntry open = new EventEntry(1, plant, frame(1, Severity.MEDIUM, tank), false);
		EventEntry closed = new EventEntry(2, plant,
				frame(2, Severity.HIGH, pump).closedAt(T0.plusSeconds(2), Map.of()), false);
		assertTrue(EventFilter.ALL.test(open) && EventFilter.ALL.test(closed));
		assertFalse(new EventFilter(Severity.HIGH, false, "").test(open));
		assertTrue(new EventFilter(Severity.HIGH, false, "").test(closed));
		assertFalse(new EventFilter(Severity.INFO, true, "").test(closed));
		assertTrue(new EventFilter(Severity.INFO, false, "tk-1").test(open));
		assertFalse(new EventFilter(Severity.INFO, false, "tk-1").test(closed));
		assertTrue(new EventFilter(Severity.INFO, false, "SIGNAL.B").test(closed), "by source");
		assertTrue(new EventFilter(Severity.INFO, false, "  Pump one ").test(closed), "by name, trimmed");
	}

	private Equipment equipment(String tag) {
		Equipment equipment = TwinFactory.eINSTANCE.createEquipment();
		equipment.setTag(tag);
		equipment.setName(tag.startsWith("P") ? "pump one" : "tank");
		return equipment;
	}

	private EventFrame capturing(long id, int values) {
		Map<String, Object> captured = new HashMap<>();
		for (int i = 0; i < values; i++) {
			captured.put("TAG-" + i, (double) i);
		}
		return new EventFrame(id, "rule.wide", Severity.MEDIUM, tank, "wide", T0.plusMillis(id), null, captured,
				Map.of());
	}

	private static EventFrame frame(long id, Severity severity, Equipment equipment) {
		return new EventFrame(id, "signal.bad", severity, equipment, "bad", T0.plusMillis(id), null, Map.of(),
				Map.of());
	}
}
