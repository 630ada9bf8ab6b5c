// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.twinworks.model.Signal;

/**
 * Replays a {@link Recording} into a {@link ValueStore} on its own thread, keeping the recorded spacing of
 * arrivals divided by the speed: 1x, faster or slower; paused; and {@link #seek} to any time, earlier or
 * later, which puts each signal's values up to that time into the store. Values whose signal the resolver
 * does not know are skipped.
 */
public final class Player implements AutoCloseable {
	private final List<RecordedValue> values;
	private final ValueStore store;
	private final Function<RecordedValue, Signal> signals;
	private final Thread thread;
	private int next;
	private boolean playing;
	private boolean closed;
	private double speed = 1;
	// while playing, recording time anchorTime was at wall-clock anchorNanos
	private Instant anchorTime;
	private long anchorNanos;

	public Player(Recording recording, ValueStore store, Function<RecordedValue, Signal> signals) {
		this.values = recording.values();
		this.store = store;
		this.signals = signals;
		this.anchorTime = values.isEmpty() ? Instant.EPOCH : values.get(0).arrival();
		thread = new Thread(this::run, "twinworks-player");
		thread.setDaemon(true);
		thread.start();
	}

	/** Plays from the current position at {@code speed} times the recorded pace. */
	public synchronized void play(double speed) {
		if (!(speed > 0)) {
			throw new IllegalArgumentException("speed must be positive");
		}
		Instant now = position();
		this.speed = speed;
		anchor(now);
		playing = true;
		notifyAll();
	}

	public synchronized void pause() {
		anchorTime = position();
		playing = false;
		notifyAll();
	}

	/**
	 * Moves to {@code time}, forwards or backwards: the store is cleared, then each signal gets the values it had
	 * at that time, its history as full as the store keeps it, so trends show the past of the new position and
	 * nothing of its future. Playing (if on) goes on from there.
	 */
	public synchronized void seek(Instant time) {
		Map<Signal, ArrayDeque<SignalValue>> tails = new LinkedHashMap<>();
		int keep = store.historyCapacity();
		next = 0;
		while (next < values.size() && !values.get(next).arrival().isAfter(time)) {
			RecordedValue value = values.get(next++);
			Signal signal = signals.apply(value);
			if (signal != null) {
				ArrayDeque<SignalValue> tail = tails.computeIfAbsent(signal, s -> new ArrayDeque<>());
				if (tail.size() == keep) {
					tail.removeFirst();
				}
				tail.addLast(value.value());
			}
		}
		try {
			store.clear();
			for (Map.Entry<Signal, ArrayDeque<SignalValue>> tail : tails.entrySet()) {
				for (SignalValue value : tail.getValue()) {
					store.put(tail.getKey(), value);
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		anchor(time);
		notifyAll();
	}

	/** The recording time being played. */
	public synchronized Instant position() {
		if (!playing) {
			return anchorTime;
		}
		long elapsed = (long) ((System.nanoTime() - anchorNanos) * speed);
		return anchorTime.plusNanos(elapsed);
	}

	public synchronized boolean isPlaying() {
		return playing;
	}

	/** Every value has been played. */
	public synchronized boolean isFinished() {
		return next >= values.size();
	}

	public Instant start() {
		return values.isEmpty() ? null : values.get(0).arrival();
	}

	public Instant end() {
		return values.isEmpty() ? null : values.get(values.size() - 1).arrival();
	}

	@Override
	public synchronized void close() {
		closed = true;
		notifyAll();
	}

	private void anchor(Instant time) {
		anchorTime = time;
		anchorNanos = System.nanoTime();
	}

	private synchronized void run() {
		try {
			while (!closed) {
				if (!playing || next >= values.size()) {
					wait();
					continue;
				}
				RecordedValue value = values.get(next);
				long dueNanos = anchorNanos + (long) (Duration.between(anchorTime, value.arrival()).toNanos() / speed);
				long waitNanos = dueNanos - System.nanoTime();
				if (waitNanos > 0) {
					// wait releases the lock, so pause, seek and speed changes take effect at once
					wait(Math.max(1, waitNanos / 1_000_000));
					continue;
				}
				next++;
				Signal signal = signals.apply(value);
				if (signal != null) {
					store.offer(signal, value.value());
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
