// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.twinworks.events.DetectorProvider;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventListener;
import org.twinworks.events.builtin.DriftDetectorProvider;
import org.twinworks.events.builtin.DriftParameters;
import org.twinworks.events.builtin.DriftStatistics;
import org.twinworks.events.engine.AnalysisFeed;
import org.twinworks.events.engine.Deductions;
import org.twinworks.events.engine.EngineSettings;
import org.twinworks.events.engine.EventEngine;
import org.twinworks.events.engine.RecordingAnalysis;
import org.twinworks.events.engine.SignalIndex;
import org.twinworks.events.engine.SignalQualityDetector;
import org.twinworks.live.ColumnConsumer;
import org.twinworks.live.RecordedColumns;
import org.twinworks.live.Recorder;
import org.twinworks.live.Recording;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueChange;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.EventRule;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.demo.SyntheticPlants;
import org.twinworks.tests.live.harness.SettableClock;

/**
 * The event engine under the load: 20,000 signals of a synthetic plant at 10 Hz offered live to an engine
 * with the standard deductions ({@link Deductions#standard()}): 5,000 event rule instances (half from equipment
 * types, half on equipment, each {@code S1 > 100} held for 5 s), drift (CUSUM on 1 s window means) on every analog signal,
 * signal quality on every signal and the other built-ins. Every analog value is 50 plus noise; 250 equipment lift S1
 * to 150 for 7 s (their rule opens after 5 s and closes when S1 drops); groups of ten signals go Bad for 6 s and
 * back. Prints the engine thread's CPU share of one core, the latency from the value that ends a rule's or a Bad
 * spell's condition to its frame closed, and the frames by source, next to a baseline in the same run (the same
 * values into a plain {@link ValueStore}). Then records a slice of the same load at the full 10 Hz into a real file
 * and analyses it with {@link RecordingAnalysis} (streamed from the file), next to a raw walk of the same file.
 * Asserts nothing.
 */
class EventEngineBenchmark {
	static final int SIGNALS = 20_000;
	static final int HZ = 10;
	private static final int RULE_INSTANCES = 5_000;
	/** Live seconds: the drift charts run from 10 s on (see {@link #providers()}). */
	private static final int LIVE_SECONDS = Integer.getInteger("twinworks.bench.seconds", 40);
	/** Seconds of the full-rate recording analysed (a one-hour one would be 720 million values, about 90 GB). */
	private static final int RECORDED_SECONDS = Integer.getInteger("twinworks.bench.recordedSeconds", 60);
	/** The longest slice whose values the engine-alone runs hold in memory (28 bytes a value: 24 M values here). */
	private static final int IN_MEMORY_SECONDS = 120;
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
	static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
	private static final String TYPE_RULE = "S1High";
	private static final String EQUIPMENT_RULE = "S1HighWithS2";

	@Test
	void eventEngineFigures() throws Exception {
		Plant plant = SyntheticPlants.create(SIGNALS * 5, 7);
		Load load = load(plant);
		live(plant, load);
		if (RECORDED_SECONDS > 0) {
			analysis(plant, load);
		}
	}

	/** The first {@value #SIGNALS} bindings of {@code plant} active, their signals the load, the rules added. */
	static Load load(Plant plant) {
		List<Binding> bindings = plant.getTwin().getBindings();
		List<Signal> signals = new ArrayList<>(SIGNALS);
		for (int i = 0; i < bindings.size(); i++) {
			bindings.get(i).setActive(i < SIGNALS);
			if (i < SIGNALS) {
				signals.add(bindings.get(i).getSignal());
			}
		}
		Load load = new Load(signals);
		addRules(plant, load);
		return load;
	}

	/** Half the rule instances come from one rule per equipment type, half are written on the equipment. */
	private static void addRules(Plant plant, Load load) {
		TwinFactory f = TwinFactory.eINSTANCE;
		Map<Object, EquipmentType> types = new HashMap<>();
		for (int e = 0; e < RULE_INSTANCES; e++) {
			Equipment equipment = load.equipment.get(e);
			if (e < RULE_INSTANCES / 2) {
				EquipmentType type = types.computeIfAbsent(equipment.getKind(), kind -> {
					EquipmentType t = f.createEquipmentType();
					t.setName("Type " + kind);
					t.getEventRules().add(rule(f, TYPE_RULE, "S1 > 100"));
					plant.getEquipmentTypes().add(t);
					return t;
				});
				equipment.setType(type);
			} else {
				equipment.getEventRules().add(rule(f, EQUIPMENT_RULE, "S1 > 100 and S2 > 40"));
			}
		}
	}

	/**
	 * The standard deductions, with drift on 1 s windows after a 10-window warm-up instead of 10 s windows after
	 * 30 minutes, so that the charts run (ten times as often as by default) within the benchmark's seconds.
	 */
	static List<DetectorProvider> providers() {
		DriftParameters busy = DriftParameters
				.uniform(DriftParameters.DEFAULT.withWindow(Duration.ofSeconds(1)).withWarmUp(10));
		return Deductions.standard().stream()
				.map(p -> p instanceof DriftDetectorProvider
						? new DriftDetectorProvider(busy, new DriftStatistics(DriftDetectorProvider.DEFAULT_READINGS))
						: p)
				.toList();
	}

	private static EventRule rule(TwinFactory f, String name, String condition) {
		EventRule rule = f.createEventRule();
		rule.setName(name);
		rule.setCondition(condition);
		rule.setForDuration(5_000);
		return rule;
	}

	private static void live(Plant plant, Load load) throws InterruptedException {
		List<DetectorProvider> providers = providers();
		long[] latencies = new long[100_000];
		int[] closedCount = {0};
		Map<String, int[]> bySource = new TreeMap<>();
		Map<Object, Long> sentGood = new ConcurrentHashMap<>();
		try (EventEngine engine = new EventEngine(plant, providers,
				EngineSettings.DEFAULT.withQueueCapacity(SIGNALS * HZ * 2))) {
			engine.addListener(new EventListener() {
				@Override
				public void opened(EventFrame frame) {
					bySource.computeIfAbsent(frame.source(), s -> new int[1])[0]++;
				}

				@Override
				public void closed(EventFrame frame) {
					String source = frame.source();
					Object key = source.equals(SignalQualityDetector.SOURCE)
							? load.byLabel.get(frame.atEnd().keySet().iterator().next())
							: source.equals(TYPE_RULE) || source.equals(EQUIPMENT_RULE) ? frame.equipment() : null;
					Long sent = key == null ? null : sentGood.remove(key);
					if (sent != null && closedCount[0] < latencies.length) {
						latencies[closedCount[0]++] = System.nanoTime() - sent;
					}
				}
			});
			engine.start();
			Thread thread = thread("twinworks-event-engine");
			long gc0 = gcMillis();
			double share = drive(thread, (signal, value) -> engine.offer(signal, value, value.sourceTime()), load,
					sentGood, () -> engine.processed() + engine.dropped() >= engine.received());
			long[] sorted = Arrays.copyOf(latencies, closedCount[0]);
			Arrays.sort(sorted);
			System.out.printf(Locale.ROOT,
					"events benchmark: live %,d signals at %d Hz for %d s, standard deductions: %,d detectors on %,d"
							+ " signals (%,d rule instances, drift on %,d analog signals): engine thread %.1f %% of one"
							+ " core, %,d values, %,d dropped; latency value in -> frame closed p50 %.1f ms, p99 %.1f ms"
							+ " (%d frames, max %.1f ms); frames opened by source %s; GC %,d ms in the run, load"
							+ " average %.1f on %d cores%n",
					SIGNALS, HZ, LIVE_SECONDS, engine.detectors(), engine.watchedSignals(), RULE_INSTANCES, load.analog,
					share * 100, engine.received(), engine.dropped(), percentile(sorted, 0.50) / 1e6,
					percentile(sorted, 0.99) / 1e6, sorted.length,
					sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6, counts(bySource),
					gcMillis() - gc0, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
					Runtime.getRuntime().availableProcessors());
		}
		try (ValueStore store = new ValueStore(1, SIGNALS * HZ * 2)) {
			Thread worker = thread("twinworks-value-store");
			double share = drive(worker, store::offer, load, new ConcurrentHashMap<>(), () -> true);
			System.out.printf(Locale.ROOT,
					"events benchmark: baseline, the same values into a ValueStore: its worker %.1f %% of one core,"
							+ " %,d dropped%n",
					share * 100, store.dropped());
		}
	}

	/**
	 * Offers 10 Hz of values for every signal, paced by the wall clock, and returns {@code consumer}'s CPU time over
	 * the wall time until {@code drained}.
	 */
	private static double drive(Thread consumer, BiConsumer<Signal, SignalValue> offer, Load load,
			Map<Object, Long> sentGood, BooleanSupplier drained) throws InterruptedException {
		long cpu0 = THREADS.getThreadCpuTime(consumer.threadId());
		long wall0 = System.nanoTime();
		int batches = LIVE_SECONDS * HZ;
		for (int b = 0; b < batches; b++) {
			Instant now = Instant.now();
			for (int i = 0; i < SIGNALS; i++) {
				Signal signal = load.signals.get(i);
				Object ends = load.ends(i, b);
				if (ends != null) {
					sentGood.put(ends, System.nanoTime());
				}
				offer.accept(signal, load.value(i, b, now));
			}
			long next = wall0 + (b + 1) * 1_000_000_000L / HZ;
			long sleep = next - System.nanoTime();
			if (sleep > 0) {
				Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
			}
		}
		while (!drained.getAsBoolean()) {
			Thread.sleep(5);
		}
		long cpu = THREADS.getThreadCpuTime(consumer.threadId()) - cpu0;
		return cpu / (double) (System.nanoTime() - wall0);
	}

	/**
	 * Records {@value #RECORDED_SECONDS} s of the load at the full 10 Hz of every signal into a real file, walks it
	 * raw (read and decoded, nothing done), then analyses it streamed.
	 */
	private static void analysis(Plant plant, Load load) throws IOException {
		Path dir = Files.createTempDirectory("twinworks-events-bench");
		Path file = dir.resolve("full-rate.twrec");
		try {
			SettableClock clock = new SettableClock(T0);
			long t0 = System.nanoTime();
			try (Recorder recorder = new Recorder(file, "opc.tcp://bench", plant.getTwin().getBindings(),
					Duration.ofDays(1), clock)) {
				List<ValueChange> batch = new ArrayList<>(SIGNALS);
				for (int b = 0; b < RECORDED_SECONDS * HZ; b++) {
					Instant at = T0.plusMillis(100L * b);
					clock.set(at);
					batch.clear();
					for (int i = 0; i < SIGNALS; i++) {
						batch.add(new ValueChange(load.signals.get(i), load.value(i, b, at)));
					}
					recorder.valuesChanged(batch);
				}
			}
			double writeSeconds = (System.nanoTime() - t0) / 1e9;
			long size = Files.size(file);
			long values = (long) RECORDED_SECONDS * HZ * SIGNALS;
			t0 = System.nanoTime();
			long cpu0 = threadCpu();
			long[] sum = {0};
			Recording.Streamed walked = Recording.stream(file, v -> sum[0] += v.tag().length());
			double walkSeconds = (System.nanoTime() - t0) / 1e9;
			double walkCpu = (threadCpu() - cpu0) / 1e9;
			t0 = System.nanoTime();
			cpu0 = threadCpu();
			double[] total = {0};
			Recording.streamColumns(file, columns -> {
				for (int row = 0; row < columns.size(); row++) {
					total[0] += columns.number(row) + columns.signal(row) + columns.time(row);
				}
			});
			double columnSeconds = (System.nanoTime() - t0) / 1e9;
			double columnCpu = (threadCpu() - cpu0) / 1e9;
			t0 = System.nanoTime();
			cpu0 = threadCpu();
			RecordingAnalysis.Result result = new RecordingAnalysis(plant, providers()).analyse(file);
			double seconds = (System.nanoTime() - t0) / 1e9;
			double cpu = (threadCpu() - cpu0) / 1e9;
			Map<String, int[]> bySource = new TreeMap<>();
			result.frames().forEach(fr -> bySource.computeIfAbsent(fr.source(), s -> new int[1])[0]++);
			System.out.printf(Locale.ROOT,
					"events benchmark: analysis of a %d s recording of %,d signals at the full %d Hz (%,d values,"
							+ " %,.0f MB, written in %.1f s), streamed: %.1f s wall, %.1fx real time, %,.0f values/s;"
							+ " the caller's thread (reading the columns and the engine) %.1f s of CPU, %.1fx real time per core;"
							+ " %,d frames %s,"
							+ " %,d unknown tags (raw walk of the same file, read and decoded: %.1f s wall, %.1fx,"
							+ " %.1f s CPU, %.1fx per core; read as columns: %.1f s wall, %.1fx, %.1f s CPU) [%d]"
							+ " (load average %.1f)%n",
					RECORDED_SECONDS, SIGNALS, HZ, values, size / 1e6, writeSeconds, seconds,
					RECORDED_SECONDS / seconds, result.values() / seconds, cpu, RECORDED_SECONDS / cpu,
					result.frames().size(), counts(bySource), result.unknownTags(), walkSeconds,
					RECORDED_SECONDS / walkSeconds, walkCpu, RECORDED_SECONDS / walkCpu, columnSeconds,
					RECORDED_SECONDS / columnSeconds, columnCpu, (sum[0] + (long) total[0]) & 1,
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			long split0 = System.nanoTime();
			long splitCpu0 = threadCpu();
			long splitProcess0 = EngineOnlyBenchmark.processCpu();
			RecordingAnalysis.Result split = new RecordingAnalysis(plant, providers()).partitions(2).analyse(file);
			double splitSeconds = (System.nanoTime() - split0) / 1e9;
			double splitCpu = (threadCpu() - splitCpu0) / 1e9;
			double splitProcess = (EngineOnlyBenchmark.processCpu() - splitProcess0) / 1e9;
			System.out.printf(Locale.ROOT,
					"events benchmark: the same recording analysed with the detectors split across two engines:"
							+ " %.1f s wall, %.1fx real time, %,.0f values/s, the caller's thread %.1f s of CPU (the process %.1f s);"
							+ " the same frames: %b (load average %.1f)%n",
					splitSeconds, RECORDED_SECONDS / splitSeconds, split.values() / splitSeconds, splitCpu,
					splitProcess, split.frames().equals(result.frames()),
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			long again0 = System.nanoTime();
			long againCpu0 = threadCpu();
			RecordingAnalysis.Result again = new RecordingAnalysis(plant, providers()).analyse(file);
			System.out.printf(Locale.ROOT,
					"events benchmark: the one-engine analysis again in the same JVM (JIT warm): %.1f s wall, %.1fx,"
							+ " the caller's thread %.2f s of CPU, %.1fx per core; the same frames: %b%n",
					(System.nanoTime() - again0) / 1e9, RECORDED_SECONDS / ((System.nanoTime() - again0) / 1e9),
					(threadCpu() - againCpu0) / 1e9, RECORDED_SECONDS / ((threadCpu() - againCpu0) / 1e9),
					again.frames().equals(result.frames()));
			if (RECORDED_SECONDS <= IN_MEMORY_SECONDS) {
				for (int partitions = 1; partitions <= 2; partitions++) {
					engineAlone(plant, file, partitions, result.frames());
				}
			} else {
				System.out
						.printf(Locale.ROOT,
								"events benchmark: the engine alone on the file's values skipped: %d s of"
										+ " values do not fit in memory (at most %d s)%n",
								RECORDED_SECONDS, IN_MEMORY_SECONDS);
			}
		} finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(dir);
		}
	}

	/**
	 * The engine alone on the file's own values: read into memory first (as the analysis' fast path takes them),
	 * then fed to an {@link AnalysisFeed} of {@code partitions} engines; the analysis' CPU above this is the reading
	 * and the hand-off from the file.
	 */
	private static void engineAlone(Plant plant, Path file, int partitions, List<EventFrame> expected)
			throws IOException {
		long t0 = System.nanoTime();
		long cpu0 = threadCpu();
		try (AnalysisFeed feed = new AnalysisFeed(plant, providers(), EngineSettings.DEFAULT, partitions)) {
			double setUpCpu = (threadCpu() - cpu0) / 1e9;
			double setUpSeconds = (System.nanoTime() - t0) / 1e9;
			SignalIndex index = feed.signalIndex();
			int capacity = RECORDED_SECONDS * HZ * SIGNALS;
			int[] signals = new int[capacity];
			double[] numbers = new double[capacity];
			long[] codes = new long[capacity];
			long[] nanos = new long[capacity];
			int[] size = {0};
			Map<Long, String> named = new HashMap<>();
			Instant[] end = {null};
			Recording.streamColumns(file, new ColumnConsumer() {
				int[] byId = new int[0];

				@Override
				public void declared(int id, String endpoint, String nodeId, String tag) {
					if (id >= byId.length) {
						byId = Arrays.copyOf(byId, Math.max(id + 1, byId.length * 2));
					}
					byId[id] = tag == null ? -1 : index.indexOfTag(tag);
				}

				@Override
				public void accept(RecordedColumns columns) {
					for (int row = 0; row < columns.size(); row++) {
						int i = size[0]++;
						signals[i] = byId[columns.signal(row)];
						numbers[i] = switch (columns.kind(row)) {
						case RecordedColumns.DOUBLE -> columns.number(row);
						case RecordedColumns.BOOLEAN -> columns.number(row);
						case RecordedColumns.NULL -> Double.NaN;
						default -> throw new IllegalStateException("the load records numbers only");
						};
						codes[i] = columns.statusCode(row);
						nanos[i] = columns.time(row);
						if (!named.containsKey(codes[i])) {
							named.put(codes[i], columns.status(row));
							feed.nameStatus(codes[i], columns.status(row));
						}
					}
					if (columns.size() > 0) {
						end[0] = columns.recordedValue(columns.size() - 1).arrival();
					}
				}
			});
			long run0 = System.nanoTime();
			long runCpu0 = threadCpu();
			long runProcess0 = EngineOnlyBenchmark.processCpu();
			for (int from = 0; from < size[0]; from += 4_096) {
				feed.values(signals, numbers, codes, nanos, from, Math.min(4_096, size[0] - from));
			}
			List<EventFrame> frames = feed.finish(end[0]);
			double seconds = (System.nanoTime() - run0) / 1e9;
			double cpu = (threadCpu() - runCpu0) / 1e9;
			double processCpu = (EngineOnlyBenchmark.processCpu() - runProcess0) / 1e9;
			System.out.printf(Locale.ROOT,
					"events benchmark: the engine alone on the file's %,d values in memory, %d engine(s): set-up %.2f s"
							+ " wall, %.2f s CPU; values %.1f s wall, %.1fx real time, the caller's thread %.2f s of"
							+ " CPU, %.1fx per core (the process %.2f s); the same frames: %b (load average %.1f)%n",
					size[0], partitions, setUpSeconds, setUpCpu, seconds, RECORDED_SECONDS / seconds, cpu,
					RECORDED_SECONDS / cpu, processCpu, frames.equals(expected),
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	/** The synthetic values, the same live and recorded. */
	static final class Load {
		static final long BAD_SENSOR_FAILURE = 0x808C_0000L;
		final List<Signal> signals;
		final List<Equipment> equipment = new ArrayList<>();
		final Map<String, Signal> byLabel = new HashMap<>();
		final Map<Equipment, Integer> equipmentIndex = new IdentityHashMap<>();
		final boolean[] bool;
		final boolean[] s1;
		final int[] owner;
		final int analog;

		Load(List<Signal> signals) {
			this.signals = signals;
			bool = new boolean[signals.size()];
			s1 = new boolean[signals.size()];
			owner = new int[signals.size()];
			int analogCount = 0;
			for (int i = 0; i < signals.size(); i++) {
				Signal signal = signals.get(i);
				byLabel.put(signal.getTag(), signal);
				Equipment e = signal.getEquipment();
				Integer index = equipmentIndex.get(e);
				if (index == null) {
					index = equipment.size();
					equipment.add(e);
					equipmentIndex.put(e, index);
				}
				owner[i] = index;
				bool[i] = signal.getDataType() == SignalDataType.BOOLEAN;
				s1[i] = signal.getTag().endsWith(".S1");
				if (!bool[i] && signal.getDirection() == SignalDirection.INPUT) {
					analogCount++;
				}
			}
			analog = analogCount;
		}

		/** Equipment e (one in 20 of the first 5,000) lifts S1 to 150 from second 1 + e/20 % 10 for 7 s. */
		private boolean high(int i, int b) {
			int e = owner[i];
			if (!s1[i] || e >= RULE_INSTANCES || e % 20 != 0) {
				return false;
			}
			int from = (1 + e / 20 % 10) * HZ;
			return from <= b && b < from + 7 * HZ;
		}

		/** Signals of group g (ten of them) are Bad from second g to g + 6. */
		private static boolean bad(int i, int b) {
			int group = i / 10;
			return group * HZ <= b && b < (group + 6) * HZ;
		}

		/** What the value of signal i at batch b ends (an equipment's rule, a signal's Bad spell), or null. */
		Object ends(int i, int b) {
			if (b > 0 && high(i, b - 1) && !high(i, b) && !bad(i, b)) {
				return signals.get(i).getEquipment();
			}
			int group = i / 10;
			return b == (group + 6) * HZ ? signals.get(i) : null;
		}

		/** The number {@link #value} holds (a boolean's true 1, a Bad value NaN), as a columnar recording gives it. */
		double number(int i, int b) {
			if (bad(i, b)) {
				return Double.NaN;
			}
			if (bool[i]) {
				return b % 100 < 50 ? 1 : 0;
			}
			double noise = ((i * 7_919L + b * 104_729L) % 2_000) / 1_000.0 - 1;
			return (high(i, b) ? 150 : 50) + noise;
		}

		/** The status code of {@link #value}. */
		long statusCode(int i, int b) {
			return bad(i, b) ? BAD_SENSOR_FAILURE : 0;
		}

		SignalValue value(int i, int b, Instant at) {
			if (bad(i, b)) {
				return new SignalValue(null, BAD_SENSOR_FAILURE, "Bad_SensorFailure", at, at);
			}
			if (bool[i]) {
				return new SignalValue(b % 100 < 50, 0, "Good", at, at);
			}
			// 50 with a deterministic noise of about ±1
			double noise = ((i * 7_919L + b * 104_729L) % 2_000) / 1_000.0 - 1;
			return new SignalValue((high(i, b) ? 150 : 50) + noise, 0, "Good", at, at);
		}
	}

	static String counts(Map<String, int[]> bySource) {
		StringBuilder text = new StringBuilder("{");
		bySource.forEach((source, n) -> text.append(text.length() > 1 ? ", " : "").append(source).append('=')
				.append(String.format(Locale.ROOT, "%,d", n[0])));
		return text.append('}').toString();
	}

	/** This thread's CPU time: the walk's reading and decoding, or the analysis's engine (the reader is another). */
	private static long threadCpu() {
		return THREADS.getCurrentThreadCpuTime();
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream()
				.mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
	}

	private static Thread thread(String name) {
		return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalStateException("no thread " + name));
	}

	private static double percentile(long[] sorted, double p) {
		return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))];
	}
}
