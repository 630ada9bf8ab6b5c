// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.jspecify.annotations.Nullable;
import org.twinworks.events.Detector;
import org.twinworks.events.DetectorProvider;
import org.twinworks.events.EventFrame;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Plant;

/**
 * The engine side of a recording's analysis, fed by the caller in recorded order with columns of primitives (a
 * signal number, a number, a status code and a data time per value) or, for a value that is not a number, the
 * value itself. The detectors may be split across {@code partitions} engines, each on its own thread and each given
 * every value (the caller only reads and hands over: run on the caller's thread, the first engine's share came after
 * the reading and the others waited for it): the detectors are independent, so each partition finds the frames a
 * single engine would, and {@link #finish} merges them in the order one engine would have opened them (the same
 * frames, numbered the same). With one partition the engine runs on the caller's thread and listeners added to
 * {@link #engine()} hear frames as they happen; with more, the frames are known at {@link #finish}.
 */
public final class AnalysisFeed implements AutoCloseable {
	/** Values handed to the other partitions at a time. */
	static final int BATCH = 4_096;
	private static final int BATCHES = 8;

	private final SignalIndex index;
	private final Partition[] partitions;
	/** Empty batches, for the caller to fill: bounds how far the caller runs ahead of the slowest partition. */
	private final BlockingQueue<Batch> free;
	private @Nullable Batch filling;
	private long values;

	public AnalysisFeed(Plant plant, List<DetectorProvider> providers, EngineSettings settings, int partitions) {
		if (partitions < 1) {
			throw new IllegalArgumentException("an analysis needs a partition, not " + partitions);
		}
		EventEngine.Setup setup = EventEngine.Setup.of(plant, providers);
		this.index = setup.index();
		List<List<Integer>> split = split(setup.detectors(), partitions);
		this.partitions = new Partition[split.size()];
		for (int p = 0; p < split.size(); p++) {
			List<Integer> numbers = split.get(p);
			List<Detector> detectors = numbers.stream().map(setup.detectors()::get).toList();
			int[] order = numbers.stream().mapToInt(Integer::intValue).toArray();
			// provider failures are reported once, by the first partition
			EventEngine engine = new EventEngine(detectors, order, index, settings,
					p == 0 ? setup.failedProviders() : List.of());
			this.partitions[p] = new Partition(engine, split.size() > 1);
		}
		this.free = new ArrayBlockingQueue<>(BATCHES);
		if (this.partitions.length > 1) {
			for (int b = 0; b < BATCHES; b++) {
				free.add(new Batch());
			}
			for (int p = 0; p < this.partitions.length; p++) {
				this.partitions[p].start(p);
			}
		}
	}

	/**
	 * Splits the detectors into at most {@code count} groups of about equal work (counted in watched signals), each
	 * in the engine's order; with one detector or less, one group.
	 */
	static List<List<Integer>> split(List<Detector> detectors, int count) {
		int groups = Math.max(1, Math.min(count, detectors.size()));
		List<List<Integer>> split = new ArrayList<>();
		long[] load = new long[groups];
		for (int g = 0; g < groups; g++) {
			split.add(new ArrayList<>());
		}
		Integer[] byWork = new Integer[detectors.size()];
		int[] work = new int[detectors.size()];
		for (int i = 0; i < byWork.length; i++) {
			byWork[i] = i;
			work[i] = detectors.get(i).watched().size() + 1;
		}
		// the largest first, each to the group with the least so far
		Arrays.sort(byWork, Comparator.comparingInt((Integer i) -> work[i]).reversed().thenComparingInt(i -> i));
		for (int i : byWork) {
			int least = 0;
			for (int g = 1; g < groups; g++) {
				if (load[g] < load[least]) {
					least = g;
				}
			}
			split.get(least).add(i);
			load[least] += work[i];
		}
		split.forEach(group -> group.sort(null));
		return split;
	}

	/** How the signals are numbered in the columns. */
	public SignalIndex signalIndex() {
		return index;
	}

	/** The engines of the partitions (with one, it runs on the caller's thread). */
	public int partitions() {
		return partitions.length;
	}

	/** The first partition's engine (with one partition, the only one: add listeners to it before the values). */
	public EventEngine engine() {
		return partitions[0].engine;
	}

	/** Detectors set up in all partitions. */
	public int detectors() {
		int count = 0;
		for (Partition partition : partitions) {
			count += partition.engine.detectors();
		}
		return count;
	}

	/** Names a status code for the values a detector boxes (see {@link EventEngine#nameStatus}). */
	public void nameStatus(long code, String text) {
		for (Partition partition : partitions) {
			partition.engine.nameStatus(code, text);
		}
	}

	/**
	 * Feeds {@code count} values from {@code from} of the columns (see {@link EventEngine#process(int, double, long,
	 * long)}), in recorded order. The columns are copied or used before this returns: the caller may reuse them.
	 */
	public void values(int[] signals, double[] numbers, long[] statusCodes, long[] timeNanos, int from, int count) {
		values += count;
		if (partitions.length == 1) {
			EventEngine engine = partitions[0].engine;
			for (int i = from; i < from + count; i++) {
				engine.process(signals[i], numbers[i], statusCodes[i], timeNanos[i]);
			}
			return;
		}
		int done = 0;
		while (done < count) {
			Batch batch = filling();
			int n = Math.min(count - done, BATCH - batch.size);
			System.arraycopy(signals, from + done, batch.signals, batch.size, n);
			System.arraycopy(numbers, from + done, batch.numbers, batch.size, n);
			System.arraycopy(statusCodes, from + done, batch.statusCodes, batch.size, n);
			System.arraycopy(timeNanos, from + done, batch.timeNanos, batch.size, n);
			batch.size += n;
			done += n;
			if (batch.size == BATCH) {
				handOver();
			}
		}
	}

	/** Feeds one numeric value (see {@link EventEngine#process(int, double, long, long)}), in recorded order. */
	public void number(int signal, double number, long statusCode, long timeNanos) {
		values++;
		if (partitions.length == 1) {
			partitions[0].engine.process(signal, number, statusCode, timeNanos);
			return;
		}
		Batch batch = filling();
		int i = batch.size++;
		batch.signals[i] = signal;
		batch.numbers[i] = number;
		batch.statusCodes[i] = statusCode;
		batch.timeNanos[i] = timeNanos;
		if (batch.size == BATCH) {
			handOver();
		}
	}

	/**
	 * Feeds a value that is not a number (or not one the fast path gives back unchanged), in recorded order, with
	 * the time it arrived (see {@link EventEngine#process(org.twinworks.model.Signal, SignalValue, Instant)}).
	 */
	public void value(int signal, SignalValue value, Instant arrival) {
		values++;
		if (partitions.length == 1) {
			partitions[0].engine.process(index.signal(signal), value, arrival);
			return;
		}
		Batch batch = filling();
		int i = batch.size++;
		batch.signals[i] = signal;
		batch.objects[i] = value;
		batch.arrivals[i] = arrival;
		batch.hasObjects = true;
		if (batch.size == BATCH) {
			handOver();
		}
	}

	/** Values fed so far. */
	public long fed() {
		return values;
	}

	/**
	 * Data time goes on to {@code end} (every tick up to it) in every partition, which then stop; returns every
	 * frame, closed or still open, in the order opened, numbered from 1 as one engine numbers them.
	 */
	public List<EventFrame> finish(@Nullable Instant end) {
		if (partitions.length == 1) {
			if (end != null) {
				partitions[0].engine.advanceTo(end);
			}
			return partitions[0].frames();
		}
		if (filling != null && filling.size > 0) {
			handOver();
		}
		Batch last = new Batch();
		last.end = end;
		last.last = true;
		last.pending = partitions.length;
		for (Partition partition : partitions) {
			partition.put(last);
		}
		for (Partition partition : partitions) {
			partition.join();
		}
		return merged();
	}

	/** What failed and was disabled in any partition, one line each. */
	public List<String> failures() {
		List<String> failures = new ArrayList<>();
		for (Partition partition : partitions) {
			failures.addAll(partition.engine.failures());
		}
		return failures;
	}

	@Override
	public void close() {
		for (Partition partition : partitions) {
			partition.stop();
			partition.engine.close();
		}
	}

	private Batch filling() {
		Batch batch = filling;
		if (batch == null) {
			try {
				batch = free.take();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while feeding the analysis", e);
			}
			batch.size = 0;
			if (batch.hasObjects) {
				// cleared only when used: most batches are numbers only
				Arrays.fill(batch.objects, null);
				Arrays.fill(batch.arrivals, null);
				batch.hasObjects = false;
			}
			filling = batch;
		}
		return batch;
	}

	/** Gives the filled batch to every partition. */
	private void handOver() {
		Batch batch = filling;
		filling = null;
		batch.pending = partitions.length;
		for (Partition partition : partitions) {
			partition.put(batch);
		}
	}

	private List<EventFrame> merged() {
		List<Opened> all = new ArrayList<>();
		for (Partition partition : partitions) {
			partition.rethrow();
			all.addAll(partition.opened);
		}
		all.sort(Comparator.comparingLong((Opened o) -> o.step).thenComparingInt(o -> o.order)
				.thenComparingLong(o -> o.frame.id()));
		List<EventFrame> frames = new ArrayList<>(all.size());
		long id = 1;
		for (Opened o : all) {
			EventFrame f = o.frame;
			frames.add(new EventFrame(id++, f.source(), f.severity(), f.equipment(), f.message(), f.start(), f.end(),
					f.atStart(), f.atEnd()));
		}
		return frames;
	}

	/** Values for the partitions: primitives, or the value itself where {@code objects} has one. */
	private final class Batch {
		final int[] signals = new int[BATCH];
		final double[] numbers = new double[BATCH];
		final long[] statusCodes = new long[BATCH];
		final long[] timeNanos = new long[BATCH];
		final @Nullable SignalValue[] objects = new SignalValue[BATCH];
		final @Nullable Instant[] arrivals = new Instant[BATCH];
		int size;
		/** Some of {@code objects} are set (the others null); without, the batch is primitives only. */
		boolean hasObjects;
		/** Partitions yet to run it; the last one frees it. */
		volatile int pending;
		boolean last;
		@Nullable
		Instant end;

		synchronized void done() {
			if (--pending == 0 && !last) {
				free.add(this);
			}
		}
	}

	/** Where a frame opened, and its latest state. */
	private static final class Opened {
		final long step;
		final int order;
		EventFrame frame;

		Opened(long step, int order, EventFrame frame) {
			this.step = step;
			this.order = order;
			this.frame = frame;
		}
	}

	/** One engine and the frames it opened, on the caller's thread when alone, else on its own. */
	private final class Partition implements org.twinworks.events.EventListener {
		final EventEngine engine;
		final List<Opened> opened = new ArrayList<>();
		final java.util.Map<Long, Opened> byId = new java.util.HashMap<>();
		final @Nullable BlockingQueue<Batch> queue;
		@Nullable
		Thread thread;
		volatile @Nullable Throwable failure;

		Partition(EventEngine engine, boolean ownThread) {
			this.engine = engine;
			this.queue = ownThread ? new ArrayBlockingQueue<>(BATCHES + 1) : null;
			engine.openingOrder((frame, step, order) -> {
				Opened o = new Opened(step, order, frame);
				opened.add(o);
				byId.put(frame.id(), o);
			});
			engine.addListener(this);
		}

		@Override
		public void opened(EventFrame frame) {
			// known from the opening order, with where it opened
		}

		@Override
		public void closed(EventFrame frame) {
			Opened o = byId.remove(frame.id());
			if (o != null) {
				o.frame = frame;
			}
		}

		void start(int number) {
			Thread t = new Thread(this::drain, "twinworks-event-analysis-" + number);
			t.setDaemon(true);
			thread = t;
			t.start();
		}

		void put(Batch batch) {
			try {
				queue.put(batch);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while feeding the analysis", e);
			}
		}

		private void drain() {
			try {
				while (true) {
					Batch batch = queue.take();
					run(batch);
					if (batch.last) {
						return;
					}
				}
			} catch (InterruptedException e) {
				// stopped
			} catch (RuntimeException | Error e) {
				failure = e;
				// keep releasing batches so the caller never waits for this partition
				try {
					while (true) {
						Batch batch = queue.take();
						batch.done();
						if (batch.last) {
							return;
						}
					}
				} catch (InterruptedException stopped) {
					// stopped
				}
			}
		}

		void run(Batch batch) {
			try {
				if (!batch.hasObjects) {
					for (int i = 0; i < batch.size; i++) {
						engine.process(batch.signals[i], batch.numbers[i], batch.statusCodes[i], batch.timeNanos[i]);
					}
				} else {
					runMixed(batch);
				}
				if (batch.last && batch.end != null) {
					engine.advanceTo(batch.end);
				}
			} finally {
				batch.done();
			}
		}

		private void runMixed(Batch batch) {
			for (int i = 0; i < batch.size; i++) {
				SignalValue object = batch.objects[i];
				if (object == null) {
					engine.process(batch.signals[i], batch.numbers[i], batch.statusCodes[i], batch.timeNanos[i]);
				} else {
					engine.process(index.signal(batch.signals[i]), object, batch.arrivals[i]);
				}
			}
		}

		List<EventFrame> frames() {
			return opened.stream().map(o -> o.frame).toList();
		}

		void join() {
			Thread t = thread;
			if (t != null) {
				try {
					t.join();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted while finishing the analysis", e);
				}
			}
		}

		void rethrow() {
			Throwable e = failure;
			if (e instanceof RuntimeException r) {
				throw r;
			}
			if (e instanceof Error err) {
				throw err;
			}
		}

		void stop() {
			Thread t = thread;
			if (t != null) {
				t.interrupt();
			}
		}
	}
}
