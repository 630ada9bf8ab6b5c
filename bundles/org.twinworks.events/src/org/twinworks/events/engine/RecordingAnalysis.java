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

import org.jspecify.annotations.Nullable;
import org.twinworks.events.DetectorProvider;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventListener;
import org.twinworks.live.ColumnConsumer;
import org.twinworks.live.RecordedColumns;
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

	/**
	 * The partitions for an analysis whose frames may wait for its end (the analyse command, the timeline's
	 * markers): two where the machine has two cores or more, else one (the split the events benchmark measures; every
	 * partition reads every value, so more engines share less of the work).
	 */
	public static int cores() {
		return Math.min(2, Runtime.getRuntime().availableProcessors());
	}

	/** Also tells {@code listener} of every frame as it opens and closes (e.g. an event log). */
	public RecordingAnalysis listener(EventListener listener) {
		listeners.add(listener);
		return this;
	}

	/**
	 * Analyses the recording in {@code file} as it is read: memory stays bounded however long the recording. The
	 * file is read as columns of primitives ({@link Recording#streamColumns}) on the caller's thread, each recorded
	 * signal resolved to the plant's by tag once, when the file declares it, and numbers go the engine's fast path
	 * with no object per value; a value the fast path cannot carry goes as itself. A version-1 file is read the
	 * same way (decoded value by value underneath).
	 */
	public Result analyse(Path file) throws IOException {
		Run run = new Run();
		Columns columns = new Columns(run);
		Recording.Streamed streamed;
		try {
			streamed = Recording.streamColumns(file, columns);
			columns.flush();
		} catch (IOException | RuntimeException | Error e) {
			run.abandon();
			throw e;
		}
		return run.finish(streamed.values(), streamed.damagedTail());
	}

	/**
	 * Feeds a recording's columns to a run: rows the fast path carries are gathered in primitive columns and fed a
	 * slice at a time, the others one by one in between, so the recorded order holds.
	 */
	private static final class Columns implements ColumnConsumer {
		private final Run run;
		private final SignalIndex index;
		/** The engine's signal number by the file's signal id, -1 for an unknown tag. */
		private int[] signalById = new int[256];
		/** The file's signal id is a boolean signal of the plant. */
		private boolean[] booleanById = new boolean[256];
		private final int[] signals = new int[AnalysisFeed.BATCH];
		private final double[] numbers = new double[AnalysisFeed.BATCH];
		private final long[] codes = new long[AnalysisFeed.BATCH];
		private final long[] nanos = new long[AnalysisFeed.BATCH];
		private int size;
		/** The last status code whose text was checked, and the text (the file shares one object per text). */
		private long checkedCode = -1;
		private @Nullable String checkedText;

		Columns(Run run) {
			this.run = run;
			this.index = run.index;
		}

		@Override
		public void declared(int id, String endpoint, @Nullable String nodeId, @Nullable String tag) {
			if (id >= signalById.length) {
				int n = Math.max(id + 1, signalById.length * 2);
				signalById = Arrays.copyOf(signalById, n);
				booleanById = Arrays.copyOf(booleanById, n);
			}
			int signal = run.signalOf(tag);
			signalById[id] = signal;
			booleanById[id] = signal >= 0 && index.signal(signal).getDataType() == SignalDataType.BOOLEAN;
		}

		@Override
		public void accept(RecordedColumns columns) {
			int rows = columns.size();
			if (rows == 0) {
				return;
			}
			run.arrivals(columns, rows);
			for (int row = 0; row < rows; row++) {
				int id = columns.signal(row);
				int signal = signalById[id];
				if (signal < 0) {
					run.unknown++;
					continue;
				}
				if (!fast(columns, row, booleanById[id]) || !knownStatus(columns, row)) {
					flush();
					RecordedValue recorded = columns.recordedValue(row);
					run.feed.value(signal, recorded.value(), recorded.arrival());
					continue;
				}
				int i = size++;
				signals[i] = signal;
				numbers[i] = columns.number(row);
				codes[i] = columns.statusCode(row);
				nanos[i] = columns.time(row);
				if (size == signals.length) {
					flush();
				}
			}
		}

		/**
		 * The fast path gives the row back unchanged (as {@link Run#accept} decides for a value): a Double that is
		 * not NaN of a signal that is not boolean, a boolean signal's Boolean, a Bad value without one.
		 */
		private static boolean fast(RecordedColumns columns, int row, boolean bool) {
			return switch (columns.kind(row)) {
			case RecordedColumns.DOUBLE -> !bool && !Double.isNaN(columns.number(row));
			case RecordedColumns.BOOLEAN -> bool;
			case RecordedColumns.NULL -> (columns.statusCode(row) & 0x8000_0000L) != 0;
			default -> false;
			};
		}

		private boolean knownStatus(RecordedColumns columns, int row) {
			long code = columns.statusCode(row);
			String text = columns.status(row);
			if (code == checkedCode && text == checkedText) {
				return true;
			}
			boolean known = run.knownStatus(code, text);
			if (known) {
				checkedCode = code;
				checkedText = text;
			}
			return known;
		}

		void flush() {
			if (size > 0) {
				run.feed.values(signals, numbers, codes, nanos, 0, size);
				size = 0;
			}
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
				run.abandon();
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
		final AnalysisFeed feed = new AnalysisFeed(plant, providers, settings, partitions);
		final SignalIndex index = feed.signalIndex();
		/** Tags as the recording shares them (one object per text): found by identity, no string compare. */
		private final Map<String, Integer> resolved = new IdentityHashMap<>();
		private final Map<Long, String> statusTexts = new HashMap<>();
		int unknown;
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
			return knownStatus(value.statusCode(), value.status());
		}

		/**
		 * The status text the fast path will give back for {@code code} is {@code text}: the first text of a code
		 * names it; a value whose code had another text goes as itself.
		 */
		boolean knownStatus(long code, String text) {
			String named = statusTexts.get(code);
			if (named == null) {
				statusTexts.put(code, text);
				feed.nameStatus(code, text);
				return true;
			}
			return named == text || named.equals(text);
		}

		/** The first and last arrival of a batch of columns: the analysis' start and end. */
		void arrivals(RecordedColumns columns, int rows) {
			if (start == null) {
				start = columns.recordedValue(0).arrival();
			}
			end = columns.recordedValue(rows - 1).arrival();
		}

		int signalOf(@Nullable String tag) {
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

		/** Stops the other partitions' threads of an analysis that will not finish. */
		void abandon() {
			feed.close();
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
