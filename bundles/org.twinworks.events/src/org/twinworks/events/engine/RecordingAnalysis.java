// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.IntPredicate;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.jspecify.annotations.Nullable;
import org.twinworks.events.DetectorProvider;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventListener;
import org.twinworks.live.RecordedValue;
import org.twinworks.live.SignalValue;
import org.twinworks.live.Recording;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;

/**
 * Runs a recording through an {@link EventEngine} as fast as it can, in recorded order, each value with its
 * recorded arrival (its source time, when it has one, is the time it holds for, as live). Values are resolved to
 * the plant's signals by tag, as a replay does; values of unknown tags are counted and skipped.
 */
public final class RecordingAnalysis {
	static final int BATCH = 4_096;
	static final int BATCHES_AHEAD = 8;
	private final Plant plant;
	private final List<DetectorProvider> providers;
	private final EngineSettings settings;
	private final List<EventListener> listeners = new ArrayList<>();
	private int partitions = 1;

	/** What an analysis found: every frame (closed or still open at the recording's end), in the order opened. */
	public record Result(List<EventFrame> frames, int values, int unknownTags, boolean damagedTail,
			@Nullable Instant start, @Nullable Instant end, List<String> failures) {
		public Result {
			frames = List.copyOf(frames);
			failures = List.copyOf(failures);
		}
	}

	public RecordingAnalysis(Plant plant, List<DetectorProvider> providers) {
		this(plant, providers, EngineSettings.DEFAULT);
	}

	public RecordingAnalysis(Plant plant, List<DetectorProvider> providers, EngineSettings settings) {
		this.plant = plant;
		this.providers = List.copyOf(providers);
		this.settings = settings;
	}

	/**
	 * Splits the detectors across {@code count} engines, each on its own thread (the caller's runs one), for a
	 * faster analysis on several cores: the same frames (see {@link AnalysisFeed}); listeners then hear of the
	 * frames at the end. One (the default) runs them all on the caller's thread.
	 */
	public RecordingAnalysis partitions(int count) {
		if (count < 1) {
			throw new IllegalArgumentException("an analysis needs a partition, not " + count);
		}
		this.partitions = count;
		return this;
	}

	/** Also tells {@code listener} of every frame as it opens and closes (e.g. an event log). */
	public RecordingAnalysis listener(EventListener listener) {
		listeners.add(listener);
		return this;
	}

	/**
	 * Analyses the recording in {@code file} as it is read: memory stays bounded however long the recording. A
	 * reader thread reads and decodes the file into batches of {@value #BATCH} values while the engine runs on the
	 * caller's thread (at most {@value #BATCHES_AHEAD} batches ahead), so reading and detecting overlap.
	 */
	public Result analyse(Path file) throws IOException {
		Run run = new Run();
		BlockingQueue<RecordedValue[]> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);
		CompletableFuture<Recording.Streamed> read = new CompletableFuture<>();
		Thread reader = new Thread(() -> {
			try {
				read.complete(readInto(file, batches));
			} catch (IOException | RuntimeException | Error e) {
				read.completeExceptionally(e);
			} catch (InterruptedException e) {
				read.cancel(false);
				return; // the caller stopped taking
			}
			try {
				batches.put(new RecordedValue[0]); // the end
			} catch (InterruptedException e) {
				// the caller stopped taking
			}
		}, "twinworks-recording-reader");
		reader.setDaemon(true);
		reader.start();
		try {
			for (RecordedValue[] batch = batches.take(); batch.length > 0; batch = batches.take()) {
				for (RecordedValue value : batch) {
					run.accept(value);
				}
			}
			Recording.Streamed streamed = read.join();
			return run.finish(streamed.values(), streamed.damagedTail());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("analysis of " + file + " interrupted", e);
		} catch (CompletionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			throw e;
		} finally {
			reader.interrupt();
		}
	}

	private static Recording.Streamed readInto(Path file, BlockingQueue<RecordedValue[]> batches)
			throws IOException, InterruptedException {
		RecordedValue[][] batch = {new RecordedValue[BATCH]};
		int[] size = {0};
		Recording.Streamed streamed;
		try {
			streamed = Recording.stream(file, value -> {
				batch[0][size[0]++] = value;
				if (size[0] == BATCH) {
					put(batches, batch[0]);
					batch[0] = new RecordedValue[BATCH];
					size[0] = 0;
				}
			});
		} catch (UncheckedInterruption e) {
			throw (InterruptedException) e.getCause();
		}
		if (size[0] > 0) {
			batches.put(Arrays.copyOf(batch[0], size[0]));
		}
		return streamed;
	}

	private static void put(BlockingQueue<RecordedValue[]> batches, RecordedValue[] batch) {
		try {
			batches.put(batch);
		} catch (InterruptedException e) {
			throw new UncheckedInterruption(e);
		}
	}

	/** Carries an interruption out of the reader's callback. */
	private static final class UncheckedInterruption extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UncheckedInterruption(InterruptedException cause) {
			super(cause);
		}
	}

	public Result analyse(Recording recording) {
		return analyse(recording, Integer.MAX_VALUE, done -> true);
	}

	/**
	 * As {@link #analyse(Recording)}, asking {@code goOn} with the number of values done before each slice of
	 * {@code every} values (a workbench job shows progress and honours its cancel button there).
	 *
	 * @throws CancellationException when {@code goOn} said no
	 */
	public Result analyse(Recording recording, int every, IntPredicate goOn) {
		Run run = new Run();
		List<RecordedValue> values = recording.values();
		for (int i = 0; i < values.size(); i++) {
			if (i % every == 0 && !goOn.test(i)) {
				throw new CancellationException("the analysis of the recording was cancelled after " + i + " values");
			}
			run.accept(values.get(i));
		}
		return run.finish(values.size(), recording.damagedTail());
	}

	/**
	 * One analysis: its feed, and each distinct tag resolved once. A numeric value goes the engine's fast path when
	 * the path gives it back unchanged (a Double, a boolean signal's Boolean, a Bad value without one, with the
	 * status text its code had before), any other the value's own.
	 */
	private final class Run {
		private final AnalysisFeed feed = new AnalysisFeed(plant, providers, settings, partitions);
		private final SignalIndex index = feed.signalIndex();
		/** Tags as the recording shares them (one object per text): found by identity, no string compare. */
		private final Map<String, Integer> resolved = new IdentityHashMap<>();
		private final Map<Long, String> statusTexts = new HashMap<>();
		private int unknown;
		private @Nullable Instant start;
		private @Nullable Instant end;

		Run() {
			if (feed.partitions() == 1) {
				listeners.forEach(feed.engine()::addListener);
			}
		}

		void accept(RecordedValue recorded) {
			Instant arrival = recorded.arrival();
			if (start == null) {
				start = arrival;
			}
			end = arrival;
			int signal = signalOf(recorded.tag());
			if (signal < 0) {
				unknown++;
				return;
			}
			SignalValue value = recorded.value();
			double number = fastNumber(index.signal(signal), value);
			if (Double.isNaN(number) && !(value.value() == null && value.isBad()) || !knownStatus(value)) {
				feed.value(signal, value, arrival);
				return;
			}
			Instant source = value.sourceTime();
			feed.number(signal, number, value.statusCode(), EventEngine.nanos(source != null ? source : arrival));
		}

		/** The number the fast path carries for {@code value}, NaN when it cannot carry it (or it is NaN). */
		private static double fastNumber(Signal signal, SignalValue value) {
			boolean bool = signal.getDataType() == SignalDataType.BOOLEAN;
			return switch (value.value()) {
			case Double d when !bool -> d;
			case Boolean b when bool -> b ? 1 : 0;
			case null, default -> Double.NaN;
			};
		}

		private boolean knownStatus(SignalValue value) {
			String text = statusTexts.get(value.statusCode());
			if (text == null) {
				statusTexts.put(value.statusCode(), value.status());
				feed.nameStatus(value.statusCode(), value.status());
				return true;
			}
			return text == value.status() || text.equals(value.status());
		}

		private int signalOf(@Nullable String tag) {
			if (tag == null) {
				return -1;
			}
			Integer signal = resolved.get(tag);
			if (signal == null) {
				signal = index.indexOfTag(tag);
				resolved.put(tag, signal);
			}
			return signal;
		}

		Result finish(long values, boolean damagedTail) {
			// the ticks up to the last arrival: a duration that ended by then ends in the analysis too
			List<EventFrame> frames;
			try (feed) {
				frames = feed.finish(end);
			}
			if (feed.partitions() > 1) {
				// split across engines, the frames are known only now: told in the order opened
				for (EventFrame frame : frames) {
					EventFrame opened = new EventFrame(frame.id(), frame.source(), frame.severity(), frame.equipment(),
							frame.message(), frame.start(), null, frame.atStart(), Map.of());
					listeners.forEach(l -> l.opened(opened));
					if (!frame.isOpen()) {
						listeners.forEach(l -> l.closed(frame));
					}
				}
			}
			return new Result(frames, (int) Math.min(Integer.MAX_VALUE, values), unknown, damagedTail, start, end,
					feed.failures());
		}
	}

	/** The plant's signals by tag, the first of a tag winning (as a replay resolves them). */
	public static Map<String, Signal> signalsByTag(Plant plant) {
		Map<String, Signal> byTag = new HashMap<>();
		for (var it = plant.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Signal s && s.getTag() != null) {
				byTag.putIfAbsent(s.getTag(), s);
			}
		}
		return byTag;
	}
}
