// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.twinworks.live.Player;
import org.twinworks.live.RecordedValue;
import org.twinworks.live.Recording;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * A recording played back through a model's own value store, so the diagram, I/O list, tree and trends show
 * the recorded instant. Seeks run on a thread of their own (a seek clears the store and refills it, which must
 * not hold up the UI) and a quick succession of scrubber moves only performs the latest. Signals whose value
 * differs from the previous step's are marked for {@link #MARK}.
 */
public final class Replay implements AutoCloseable {
	/** How long a changed value stays marked: long enough to see, short enough not to blur the next step. */
	static final Duration MARK = Duration.ofMillis(1500);

	private final Path file;
	private final Recording recording;
	private final Player player;
	private final ReplayChanges changes;
	private final ExecutorService seeker = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "twinworks-replay-seek");
		thread.setDaemon(true);
		return thread;
	});
	private final Object seekLock = new Object();
	private volatile Instant seekTarget;
	private volatile double speed = 1;
	// UI thread only
	private final Map<Signal, Long> markedUntil = new HashMap<>();
	private Instant lastStep;

	Replay(Path file, Plant plant, ValueStore store) throws IOException {
		this.file = file;
		this.recording = Recording.read(file);
		Map<String, Signal> byTag = new HashMap<>();
		for (var it = plant.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Signal s && s.getTag() != null) {
				byTag.putIfAbsent(s.getTag(), s);
			}
		}
		Function<RecordedValue, Signal> signals = v -> byTag.get(v.tag());
		this.changes = new ReplayChanges(recording.values(), signals);
		this.player = new Player(recording, store, signals);
		// the views show most signals' latest value only; trends hold their signals' history in the store
		player.seekHistory(1);
		Instant start = player.start();
		if (start != null) {
			seek(start);
			lastStep = start;
		}
	}

	public Path file() {
		return file;
	}

	/** Values in the recording (a damaged tail is left out). */
	public int size() {
		return recording.values().size();
	}

	public boolean damagedTail() {
		return recording.damagedTail();
	}

	/** The first and last arrival; null for an empty recording. */
	public Instant start() {
		return player.start();
	}

	public Instant end() {
		return player.end();
	}

	/** The recorded instant shown: a requested seek's target at once, before the store has been refilled. */
	public Instant position() {
		Instant target = seekTarget;
		if (target != null) {
			return target;
		}
		Instant position = player.position();
		Instant end = end();
		return end != null && position.isAfter(end) ? end : position;
	}

	public boolean isPlaying() {
		return player.isPlaying();
	}

	public double speed() {
		return speed;
	}

	public void play(double newSpeed) {
		speed = newSpeed;
		if (end() != null && !position().isBefore(end())) {
			seek(start()); // played to the end: play again from the start
		}
		player.play(newSpeed);
	}

	public void pause() {
		player.pause();
	}

	/** Moves to {@code time} (clamped to the recording) in the background; the latest request wins. */
	public void seek(Instant time) {
		if (start() == null) {
			return;
		}
		Instant clamped = time.isBefore(start()) ? start() : time.isAfter(end()) ? end() : time;
		seekTarget = clamped;
		seeker.execute(() -> {
			synchronized (seekLock) {
				Instant target = seekTarget;
				if (target == null) {
					return; // a later request already did it
				}
				player.seek(target);
				if (seekTarget == target) {
					seekTarget = null;
				}
			}
		});
	}

	/**
	 * Seeks again to where it is: after a trend started on signals whose history the last seek did not refill (it
	 * refills only trended signals' history).
	 */
	public void refill() {
		seek(position());
	}

	/** Seeks still to be applied to the store (tests wait for none). */
	public boolean seeking() {
		return seekTarget != null;
	}

	/** UI thread, once per batch: marks the signals this step changed. */
	void step() {
		Instant position = position();
		long until = System.nanoTime() + MARK.toNanos();
		Set<Signal> changed = changes.between(lastStep, position);
		changed.forEach(s -> markedUntil.put(s, until));
		lastStep = position;
	}

	/** The signal's value changed in a recent step. UI thread. */
	public boolean changed(Signal signal) {
		Long until = markedUntil.get(signal);
		if (until == null) {
			return false;
		}
		if (until - System.nanoTime() < 0) {
			markedUntil.remove(signal);
			return false;
		}
		return true;
	}

	@Override
	public void close() {
		seeker.shutdownNow();
		player.close();
		try {
			seeker.awaitTermination(5, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
