// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.events.EventFrame;
import org.twinworks.events.Severity;
import org.twinworks.model.Plant;

/**
 * The frames the workbench shows, bounded by count and by the memory their messages and captured values take (a rule
 * may capture many signals at both ends): beyond either bound the oldest closed frame goes (the oldest open one only
 * when every frame is open); the newest frame always stays. Engine threads write, the UI thread reads snapshots;
 * acknowledgement is a UI state kept per entry key. Headless, so its rules are tested without a display.
 */
public final class EventBook {
	public static final int DEFAULT_CAPACITY = 10_000;
	/** About 1.6 kB a frame at the default capacity; frames of a few captured values take a quarter of that. */
	public static final long DEFAULT_BYTES = 16L << 20;

	private record Held(Plant plant, EventFrame frame) {
	}

	private final int capacity;
	private final long byteBudget;
	private long bytesHeld;
	// in opening order: the newest last
	private final LinkedHashMap<Long, Held> frames = new LinkedHashMap<>();
	private final Set<Long> acknowledged = new HashSet<>();
	private long nextKey = 1;
	// frames acknowledged before (a restart, an earlier replay) are acknowledged again as they enter
	private BiPredicate<Plant, EventFrame> acknowledgedBefore = (plant, frame) -> false;

	public EventBook() {
		this(DEFAULT_CAPACITY, DEFAULT_BYTES);
	}

	public EventBook(int capacity) {
		this(capacity, DEFAULT_BYTES);
	}

	public EventBook(int capacity, long byteBudget) {
		if (capacity < 1 || byteBudget < 1) {
			throw new IllegalArgumentException("an event book holds at least one frame in at least one byte");
		}
		this.capacity = capacity;
		this.byteBudget = byteBudget;
	}

	/** A frame opened on {@code plant}; returns its key, for {@link #closed}. */
	public synchronized long opened(Plant plant, EventFrame frame) {
		long key = nextKey++;
		put(key, new Held(plant, frame));
		if (acknowledgedBefore.test(plant, frame)) {
			acknowledged.add(key);
		}
		trim();
		return key;
	}

	/** The frame with {@code key} closed (ignored when it was evicted meanwhile). */
	public synchronized void closed(long key, EventFrame frame) {
		Held held = frames.get(key);
		if (held != null) {
			put(key, new Held(held.plant(), frame));
			trim();
		}
	}

	/** What tells a frame acknowledged before it entered the book (persisted acknowledgements). */
	public synchronized void setAcknowledgedBefore(BiPredicate<Plant, EventFrame> before) {
		this.acknowledgedBefore = before;
	}

	/** Forgets every entry of {@code plant} (its replay closed). */
	public synchronized void removeAll(Plant plant) {
		Iterator<Map.Entry<Long, Held>> it = frames.entrySet().iterator();
		while (it.hasNext()) {
			Map.Entry<Long, Held> e = it.next();
			if (e.getValue().plant() == plant) {
				forget(it, e);
			}
		}
	}

	/** Marks the entries acknowledged; returns how many were not yet. */
	public synchronized int acknowledge(Iterable<Long> keys) {
		int newly = 0;
		for (long key : keys) {
			if (frames.containsKey(key) && acknowledged.add(key)) {
				newly++;
			}
		}
		return newly;
	}

	/** Every entry, newest first. */
	public synchronized List<EventEntry> entries() {
		List<EventEntry> all = new ArrayList<>(frames.size());
		for (Map.Entry<Long, Held> e : frames.entrySet()) {
			all.add(new EventEntry(e.getKey(), e.getValue().plant(), e.getValue().frame(),
					acknowledged.contains(e.getKey())));
		}
		return all.reversed();
	}

	public synchronized int size() {
		return frames.size();
	}

	/** An estimate of the memory the kept frames take, as {@link FrameFootprint} counts it. */
	public synchronized long bytesHeld() {
		return bytesHeld;
	}

	public synchronized int openCount() {
		return (int) frames.values().stream().filter(h -> h.frame().isOpen()).count();
	}

	public synchronized int unacknowledgedCount() {
		return frames.size() - acknowledged.size();
	}

	/** The worst severity of the open frames of each equipment of {@code plant}. */
	public synchronized Map<EObject, Severity> worstOpen(Plant plant) {
		Map<EObject, Severity> worst = new HashMap<>();
		for (Held held : frames.values()) {
			EventFrame frame = held.frame();
			if (held.plant() == plant && frame.isOpen() && frame.equipment() != null) {
				worst.merge(frame.equipment(), frame.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
			}
		}
		return worst;
	}

	/**
	 * The worst severity per equipment of {@code plant}'s frames open at {@code time}: started then or before and
	 * not yet closed then (a replay's badges at its playback position).
	 */
	public synchronized Map<EObject, Severity> worstAt(Plant plant, Instant time) {
		Map<EObject, Severity> worst = new HashMap<>();
		for (Held held : frames.values()) {
			EventFrame frame = held.frame();
			if (held.plant() == plant && frame.equipment() != null && !frame.start().isAfter(time)
					&& (frame.end() == null || frame.end().isAfter(time))) {
				worst.merge(frame.equipment(), frame.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
			}
		}
		return worst;
	}

	/** Closes, at {@code at}, the frames still open on {@code plant}'s engine when it stopped (nobody watches them). */
	public synchronized void closeOpen(Iterable<Long> keys, Instant at) {
		for (long key : keys) {
			Held held = frames.get(key);
			if (held != null && held.frame().isOpen()) {
				put(key, new Held(held.plant(), held.frame().closedAt(at, Map.of())));
			}
		}
	}

	/** The entry with {@code key}, or null when it is not (or no longer) kept. */
	public synchronized @Nullable EventEntry entry(long key) {
		Held held = frames.get(key);
		return held == null ? null : new EventEntry(key, held.plant(), held.frame(), acknowledged.contains(key));
	}

	private void put(long key, Held held) {
		Held replaced = frames.put(key, held);
		bytesHeld += FrameFootprint.bytes(held.frame())
				- (replaced == null ? 0 : FrameFootprint.bytes(replaced.frame()));
	}

	private void trim() {
		while (frames.size() > 1 && (frames.size() > capacity || bytesHeld > byteBudget)) {
			evictOne();
		}
	}

	private void evictOne() {
		Iterator<Map.Entry<Long, Held>> it = frames.entrySet().iterator();
		while (it.hasNext()) {
			Map.Entry<Long, Held> e = it.next();
			if (!e.getValue().frame().isOpen()) {
				forget(it, e);
				return;
			}
		}
		it = frames.entrySet().iterator();
		forget(it, it.next());
	}

	private void forget(Iterator<Map.Entry<Long, Held>> it, Map.Entry<Long, Held> e) {
		it.remove();
		bytesHeld -= FrameFootprint.bytes(e.getValue().frame());
		acknowledged.remove(e.getKey());
	}
}
