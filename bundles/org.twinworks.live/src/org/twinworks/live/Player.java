// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.twinworks.model.Signal;

/**
 * Replays a {@link Recording} into a {@link ValueStore} on its own thread, keeping the recorded spacing of
 * arrivals divided by the speed: 1x, faster or slower; paused; and {@link #seek} to any time, earlier or
 * later, which puts each signal's values up to that time into the store. Values whose signal the resolver
 * does not know are skipped.
 * <p>
 * A seek refills the store without holding this player's lock, so {@link #position()}, {@link #isPlaying()}
 * and the rest answer at once while it runs (the UI asks them on every frame); the play thread waits meanwhile.
 */
public final class Player implements AutoCloseable {
	private final List<RecordedValue> values;
	private final ValueStore store;
	private final Thread thread;
	private final SeekIndex index;
	/** Seeks one at a time; never this player's own lock, which the UI's questions need. */
	private final Object seekLock = new Object();
	private int next;
	private boolean playing;
	private boolean closed;
	/** A seek is refilling the store: the play thread must not put values between its clear and its refill. */
	private boolean seeking;
	private double speed = 1;
	private volatile int seekHistory = -1;
	// while playing, recording time anchorTime was at wall-clock anchorNanos
	private Instant anchorTime;
	private long anchorNanos;
	private final Function<RecordedValue, Signal> signals;

	public Player(Recording recording, ValueStore store, Function<RecordedValue, Signal> signals) {
		this.values = recording.values();
		this.store = store;
		this.signals = signals;
		this.index = new SeekIndex(values, signals);
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
	 * at that time, its history as full as the store keeps it (and, for a signal the store {@link ValueStore#trend
	 * trends}, every value of its min/max tier's span), so trends show the past of the new position and nothing of
	 * its future (see {@link #seekHistory}). Playing (if on) goes on from there. Blocks its caller (not the UI: call it from a worker) until
	 * the values are in the store's inbox; this player's other methods answer meanwhile.
	 */
	public void seek(Instant time) {
		synchronized (seekLock) {
			synchronized (this) {
				seeking = true;
				anchor(time);
				notifyAll();
			}
			long nanos = time.getEpochSecond() * 1_000_000_000L + time.getNano();
			int cut = index.cut(nanos);
			int ring = store.historyCapacity();
			int keep = seekHistory < 0 ? ring : Math.min(ring, seekHistory);
			Set<Signal> trended = store.trended();
			int tierStart = index.cut(nanos - ValueStore.ENVELOPE_SPAN.toNanos() - 1);
			try {
				store.clear();
				for (Map.Entry<Signal, int[]> entry : index.positions().entrySet()) {
					int[] list = entry.getValue();
					int end = SeekIndex.firstAtOrAfter(list, cut);
					int from = Math.max(0, end - keep);
					if (trended.contains(entry.getKey())) {
						from = Math.min(Math.max(0, end - ring), SeekIndex.firstAtOrAfter(list, tierStart));
					}
					for (int i = from; i < end; i++) {
						store.put(entry.getKey(), values.get(list[i]).value());
					}
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			synchronized (this) {
				next = cut;
				seeking = false;
				// playing goes on from the target, not from where the clock got to while the store refilled
				anchor(time);
				notifyAll();
			}
		}
	}

	/**
	 * How many of its values up to the target a seek gives each signal the store does not trend (default: as many
	 * as the store's history keeps). A workbench that shows only the latest value of most signals asks for 1, so a
	 * seek in 20,000 signals refills 20,000 values, not millions; trended signals always get their ring and tier.
	 */
	public void seekHistory(int valuesPerSignal) {
		if (valuesPerSignal < 1) {
			throw new IllegalArgumentException("a seek gives each signal at least its value");
		}
		seekHistory = valuesPerSignal;
	}

	/** The recording time being played. */
	public synchronized Instant position() {
		if (!playing || seeking) {
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
				if (!playing || seeking || next >= values.size()) {
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
