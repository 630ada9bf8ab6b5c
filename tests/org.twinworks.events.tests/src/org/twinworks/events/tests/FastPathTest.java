// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.events.Detector;
import org.twinworks.events.DetectorProvider;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventSink;
import org.twinworks.events.builtin.DriftDetectorProvider;
import org.twinworks.events.builtin.DriftParameters;
import org.twinworks.events.builtin.DriftStatistics;
import org.twinworks.events.engine.AnalysisFeed;
import org.twinworks.events.engine.Deductions;
import org.twinworks.events.engine.EngineSettings;
import org.twinworks.events.engine.EventEngine;
import org.twinworks.events.engine.FramesInOrder;
import org.twinworks.events.engine.RecordingAnalysis;
import org.twinworks.live.Recorder;
import org.twinworks.live.Recording;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueChange;
import org.twinworks.model.Binding;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.EventRule;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.demo.SyntheticPlants;

/**
 * The engine's fast path (signals numbered, primitives per value, ticks only for the detectors that ask for them)
 * and an analysis split across engines find exactly the frames of the plain path, on a synthetic plant with every
 * standard deduction and event rules: rules that open and close (with a duration, an end condition, a quality
 * test), Bad spells, a drift, alarm floods, shadows. The reference is an engine whose detectors are wrapped so
 * that they are called on every tick with boxed values, as before the fast path.
 */
class FastPathTest {
	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
	private static final int SECONDS = 80;
	private static final int HZ = 10;
	private static Plant plant;
	private static List<Signal> signals;
	private static List<@Nullable SignalValue[]> batches;
	private static List<EventFrame> reference;

	@BeforeAll
	static void runTheReference() {
		plant = SyntheticPlants.create(4_000, 7);
		signals = new ArrayList<>();
		for (Binding binding : plant.getTwin().getBindings()) {
			signals.add(binding.getSignal());
		}
		addRules();
		batches = new ArrayList<>();
		for (int b = 0; b < SECONDS * HZ; b++) {
			SignalValue[] batch = new SignalValue[signals.size()];
			for (int i = 0; i < batch.length; i++) {
				batch[i] = value(i, b);
			}
			batches.add(batch);
		}
		List<Detector> everyTick = new ArrayList<>();
		for (DetectorProvider provider : providers()) {
			provider.detectorsFor(plant).forEach(d -> everyTick.add(new EveryTick(d)));
		}
		FramesInOrder frames = new FramesInOrder();
		try (EventEngine engine = new EventEngine(everyTick, EngineSettings.DEFAULT)) {
			engine.addListener(frames);
			for (SignalValue[] batch : batches) {
				for (int i = 0; i < batch.length; i++) {
					if (batch[i] != null) {
						engine.process(signals.get(i), batch[i], batch[i].sourceTime());
					}
				}
			}
			engine.advanceTo(end());
		}
		reference = frames.frames();
	}

	@Test
	void theReferenceFindsEveryKindOfFrame() {
		Set<String> sources = new TreeSet<>();
		reference.forEach(f -> sources.add(f.source()));
		assertTrue(
				sources.containsAll(
						List.of("HighFor2s", "HighUntilLow", "S2Bad", "signal.bad", "drift.cusum", "alarm.flood")),
				sources.toString());
		assertTrue(reference.stream().anyMatch(f -> !f.isOpen()), "frames close too");
	}

	@Test
	void theFastPathFindsTheSameFrames() {
		FramesInOrder frames = new FramesInOrder();
		try (EventEngine engine = new EventEngine(plant, providers())) {
			engine.addListener(frames);
			nameStatuses(engine);
			int[] numbers = signals.stream().mapToInt(engine.signalIndex()::indexOf).toArray();
			for (SignalValue[] batch : batches) {
				for (int i = 0; i < batch.length; i++) {
					if (batch[i] != null) {
						engine.process(numbers[i], number(i, batch[i]), batch[i].statusCode(), nanos(batch[i]));
					}
				}
			}
			engine.advanceTo(end());
		}
		assertEquals(reference, frames.frames());
	}

	@Test
	void anAnalysisSplitAcrossEnginesFindsTheSameFramesInTheSameOrder() {
		for (int partitions : new int[]{1, 2, 3}) {
			try (AnalysisFeed feed = new AnalysisFeed(plant, providers(), EngineSettings.DEFAULT, partitions)) {
				assertEquals(partitions, feed.partitions());
				nameStatuses(feed.engine());
				feed.nameStatus(0x808C_0000L, "Bad_SensorFailure");
				int n = signals.size();
				int[] numbers = new int[n];
				double[] values = new double[n];
				long[] codes = new long[n];
				long[] times = new long[n];
				long fed = 0;
				for (SignalValue[] batch : batches) {
					int count = 0;
					for (int i = 0; i < n - 1; i++) {
						if (batch[i] != null) {
							numbers[count] = feed.signalIndex().indexOf(signals.get(i));
							values[count] = number(i, batch[i]);
							codes[count] = batch[i].statusCode();
							times[count++] = nanos(batch[i]);
						}
					}
					// the last signal through the value's own path, as a value the columns cannot carry
					feed.values(numbers, values, codes, times, 0, count);
					SignalValue last = batch[n - 1];
					if (last != null) {
						feed.value(feed.signalIndex().indexOf(signals.get(n - 1)), last, last.sourceTime());
						fed++;
					}
					fed += count;
				}
				assertEquals(reference, feed.finish(end()), partitions + " partitions");
				assertEquals(fed, feed.fed());
			}
		}
	}

	@Test
	void aRecordingFileAnalysedOnOneOrTwoEnginesFindsTheSameFrames(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("run.twrec");
		MutableClock clock = new MutableClock();
		try (Recorder recorder = new Recorder(file, "opc.tcp://test", plant.getTwin().getBindings(), Duration.ofDays(1),
				clock)) {
			for (int b = 0; b < batches.size(); b++) {
				clock.now = T0.plusMillis(100L * b + 50);
				SignalValue[] batch = batches.get(b);
				List<ValueChange> changes = new ArrayList<>(batch.length);
				for (int i = 0; i < batch.length; i++) {
					if (batch[i] != null) {
						changes.add(new ValueChange(signals.get(i), batch[i]));
					}
				}
				recorder.valuesChanged(changes);
			}
		}
		RecordingAnalysis.Result one = new RecordingAnalysis(plant, providers()).analyse(file);
		RecordingAnalysis.Result two = new RecordingAnalysis(plant, providers()).partitions(2).analyse(file);
		RecordingAnalysis.Result objects = new RecordingAnalysis(plant, providers()).analyse(Recording.read(file));
		assertEquals(0, one.unknownTags());
		assertEquals(batches.stream().flatMap(Arrays::stream).filter(Objects::nonNull).count(), one.values());
		// the recording ends at the last arrival, 50 ms after the last value's source time: no tick in between
		assertEquals(reference, one.frames());
		assertEquals(reference, two.frames());
		assertEquals(reference, objects.frames());
		assertEquals(objects.start(), one.start());
		assertEquals(objects.end(), one.end());
	}

	/**
	 * Values the fast path cannot carry (a float, a text, NaN, a Good code with another text, a number on a boolean
	 * signal, an unknown tag) go as themselves in between the columns: the file's columns find what its objects do.
	 */
	@Test
	void valuesTheFastPathCannotCarryKeepTheirPlaceInTheColumns(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("odd.twrec");
		MutableClock clock = new MutableClock();
		List<Binding> bindings = new ArrayList<>(plant.getTwin().getBindings());
		Signal stranger = TwinFactory.eINSTANCE.createSignal();
		stranger.setTag("NOT.IN.THE.PLANT");
		Binding unknown = TwinFactory.eINSTANCE.createBinding();
		unknown.setSignal(stranger);
		unknown.setNodeId("ns=2;s=stranger");
		bindings.add(unknown);
		int odd = 0;
		try (Recorder recorder = new Recorder(file, "opc.tcp://test", bindings, Duration.ofDays(1), clock)) {
			for (int b = 0; b < 40 * HZ; b++) {
				clock.now = T0.plusMillis(100L * b + 50);
				SignalValue[] batch = batches.get(b);
				List<ValueChange> changes = new ArrayList<>(batch.length);
				for (int i = 0; i < batch.length; i++) {
					SignalValue value = batch[i];
					if (value == null) {
						continue;
					}
					if (i % 97 == 3 && value.value() instanceof Double d) {
						odd++;
						value = switch (b % 5) {
						case 0 -> new SignalValue((float) (double) d, 0, "Good", value.sourceTime(), null);
						case 1 -> new SignalValue(d.toString(), 0, "Good", value.sourceTime(), null);
						case 2 -> new SignalValue(Double.NaN, 0, "Good", value.sourceTime(), null);
						case 3 -> new SignalValue(d, 0, "Good (as said otherwise)", value.sourceTime(), null);
						default -> new SignalValue(d, 0x4000_0000L, "Uncertain", null, null);
						};
					}
					changes.add(new ValueChange(signals.get(i), value));
				}
				changes.add(new ValueChange(stranger, new SignalValue(1.0, 0, "Good", null, null)));
				recorder.valuesChanged(changes);
			}
		}
		RecordingAnalysis.Result columns = new RecordingAnalysis(plant, providers()).analyse(file);
		RecordingAnalysis.Result split = new RecordingAnalysis(plant, providers()).partitions(2).analyse(file);
		RecordingAnalysis.Result objects = new RecordingAnalysis(plant, providers()).analyse(Recording.read(file));
		assertTrue(odd > 1_000, odd + " odd values");
		assertEquals(40 * HZ, columns.unknownTags());
		assertEquals(objects.unknownTags(), columns.unknownTags());
		assertEquals(objects.values(), columns.values());
		assertTrue(objects.frames().size() > 10, objects.frames().toString());
		assertEquals(objects.frames(), columns.frames());
		assertEquals(objects.frames(), split.frames());
	}

	/** Drift on 1 s windows after 10 of them, so that it runs within the test (as in the benchmark). */
	private static List<DetectorProvider> providers() {
		DriftParameters quick = DriftParameters
				.uniform(DriftParameters.DEFAULT.withWindow(Duration.ofSeconds(1)).withWarmUp(10));
		return Deductions.standard().stream()
				.map(p -> p instanceof DriftDetectorProvider
						? new DriftDetectorProvider(quick, new DriftStatistics(DriftDetectorProvider.DEFAULT_READINGS))
						: p)
				.toList();
	}

	private static void addRules() {
		TwinFactory f = TwinFactory.eINSTANCE;
		EquipmentType type = f.createEquipmentType();
		type.setName("Watched");
		type.getEventRules().add(rule("HighFor2s", "S1 > 100", null, 2_050));
		type.getEventRules().add(rule("HighUntilLow", "S1 > 100 and S2 > 40", "S1 < 60", 500));
		type.getEventRules().add(rule("S2Bad", "quality(S2) == bad", null, 1_050));
		plant.getEquipmentTypes().add(type);
		for (Signal signal : signals) {
			Equipment equipment = signal.getEquipment();
			if (equipment != null && equipment.getType() == null && signal.getTag().endsWith(".S1")) {
				equipment.setType(type);
			}
		}
	}

	private static EventRule rule(String name, String condition, String end, long millis) {
		EventRule rule = TwinFactory.eINSTANCE.createEventRule();
		rule.setName(name);
		rule.setCondition(condition);
		rule.setEndCondition(end);
		rule.setForDuration(millis);
		return rule;
	}

	/**
	 * Signal i at batch b: about 50 with noise, its time a few ms after the batch's (so ticks fall between values);
	 * one signal in 7 goes high for 4 s every 20 s; groups of 20 go Bad for 7 s; one in 11 steps up by 5 from 50 s
	 * (a drift); one in 5 spikes far beyond any alarm limit at 30 s and 31 s (floods); booleans toggle; one in 13
	 * is silent (null) from 60 s to 70 s, so durations end on ticks, not values. Rules last 50 ms more than whole
	 * value periods, so they open on ticks, between values.
	 */
	private static @Nullable SignalValue value(int i, int b) {
		if (i % 13 == 0 && b >= 60 * HZ && b < 70 * HZ) {
			return null;
		}
		Instant at = T0.plusMillis(100L * b + i % 7);
		Signal signal = signals.get(i);
		int group = i / 20;
		if (b >= (group % 40) * HZ && b < (group % 40 + 7) * HZ && group % 3 == 0) {
			return new SignalValue(null, 0x808C_0000L, "Bad_SensorFailure", at, at);
		}
		if (signal.getDataType() == SignalDataType.BOOLEAN) {
			return new SignalValue((b / 30 + i) % 2 == 0, 0, "Good", at, at);
		}
		double noise = ((i * 7_919 + b * 104_729) % 2_000) / 1_000.0 - 1;
		double x = 50 + noise;
		if (i % 7 == 0 && b % 200 >= 50 && b % 200 < 90) {
			x = 150 + noise;
		}
		if (i % 11 == 0 && b >= 50 * HZ) {
			x += 5;
		}
		if (i % 5 == 0 && (b == 30 * HZ || b == 31 * HZ)) {
			x = i % 2 == 0 ? 1e9 : -1e9;
		}
		return new SignalValue(x, 0, "Good", at, at);
	}

	private static double number(int i, SignalValue value) {
		return switch (value.value()) {
		case Double d -> d;
		case Boolean b -> b ? 1 : 0;
		case null, default -> Double.NaN;
		};
	}

	private static long nanos(SignalValue value) {
		Instant at = value.sourceTime();
		return at.getEpochSecond() * 1_000_000_000L + at.getNano();
	}

	private static void nameStatuses(EventEngine engine) {
		engine.nameStatus(0x808C_0000L, "Bad_SensorFailure");
		engine.nameStatus(0, "Good");
	}

	private static Instant end() {
		return T0.plusMillis(100L * (SECONDS * HZ - 1) + 50);
	}

	/** A detector called as before the fast path: boxed values, every tick. */
	private record EveryTick(Detector detector) implements Detector {
		@Override
		public void onValue(Signal signal, SignalValue value, Instant time, EventSink sink) {
			detector.onValue(signal, value, time, sink);
		}

		@Override
		public void onTime(Instant now, EventSink sink) {
			detector.onTime(now, sink);
		}

		@Override
		public Set<Signal> watched() {
			return detector.watched();
		}
	}

	private static final class MutableClock extends Clock {
		Instant now = T0;

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
