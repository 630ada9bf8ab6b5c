// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.twinworks.sparkplug.DeviceId;
import org.twinworks.sparkplug.EdgeNodeId;
import org.twinworks.sparkplug.HostListener;
import org.twinworks.sparkplug.Metric;

/** Keeps every host event as a line and lets a test wait for one. */
final class RecordingHostListener implements HostListener {

	record Event(String kind, String source, int bdSeq, List<Metric> metrics) {
	}

	private final List<Event> events = new ArrayList<>();

	@Override
	public synchronized void onNodeBirth(EdgeNodeId node, int bdSeq, List<Metric> metrics) {
		add(new Event("NBIRTH", node.toString(), bdSeq, metrics));
	}

	@Override
	public synchronized void onDeviceBirth(DeviceId device, List<Metric> metrics) {
		add(new Event("DBIRTH", device.toString(), -1, metrics));
	}

	@Override
	public synchronized void onDeviceData(DeviceId device, List<Metric> metrics) {
		add(new Event("DDATA", device.toString(), -1, metrics));
	}

	@Override
	public synchronized void onNodeDeath(EdgeNodeId node, Set<DeviceId> staleDevices) {
		add(new Event("NDEATH", node.toString(), -1, List.of()));
	}

	@Override
	public synchronized void onRebirthNeeded(EdgeNodeId node, String reason) {
		add(new Event("REBIRTH-NEEDED", node.toString(), -1, List.of()));
	}

	@Override
	public synchronized void onProblem(String message) {
		add(new Event("PROBLEM " + message, "", -1, List.of()));
	}

	private void add(Event event) {
		events.add(event);
		notifyAll();
	}

	synchronized List<Event> events() {
		return List.copyOf(events);
	}

	synchronized long count(String kind) {
		return events.stream().filter(e -> e.kind().equals(kind)).count();
	}

	/** Waits for the {@code n}-th event (1-based) that matches, and returns it. */
	synchronized Event await(Duration timeout, int n, Predicate<Event> match) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			int seen = 0;
			for (Event event : events) {
				if (match.test(event) && ++seen == n) {
					return event;
				}
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new AssertionError("no event #" + n + " matching within " + timeout + "; events: " + events);
			}
			wait(Math.max(1, left / 1_000_000));
		}
	}

	Event await(String kind, int n) throws InterruptedException {
		return await(Duration.ofSeconds(15), n, e -> e.kind().equals(kind));
	}
}
