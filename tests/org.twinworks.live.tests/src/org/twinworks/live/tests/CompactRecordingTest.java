// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.ColumnConsumer;
import org.twinworks.live.RecordedColumns;
import org.twinworks.live.RecordedValue;
import org.twinworks.live.Recorder;
import org.twinworks.live.Recording;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueChange;
import org.twinworks.model.Binding;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;
import org.twinworks.tests.live.harness.LegacyRecordingWriter;

/**
 * The compact recording format (version 2) on real files: every value type, status and time combination comes
 * back equal, from the object stream and the columnar stream alike; a steady value costs 11 bytes; torn, damaged
 * and crash-appended files keep what came before; old (version-1) recordings still read and grow in their format.
 */
class CompactRecordingTest {
	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.123456789Z");
	private static final String ENDPOINT = "opc.tcp://127.0.0.1:4840";

	@TempDir
	Path directory;

	private final List<Signal> signals = new ArrayList<>();
	private final List<Binding> bindings = new ArrayList<>();

	@Test
	void everyValueTypeStatusAndTimeComesBackEqualFromBothStreams() throws Exception {
		Path file = directory.resolve("all.twrec");
		List<List<ValueChange>> batches = combinations();
		List<RecordedValue> written = record(file, batches, 0);
		assertTrue(written.size() > 2_000, written.size() + " values");
		Recording read = Recording.read(file);
		assertFalse(read.damagedTail());
		assertEquals(written, read.values());
		assertColumnsEqual(file, written);
		assertEquals(2, Files.readAllBytes(file)[7], "the header names version 2");
	}

	@Test
	void aSteadyDoubleCostsElevenBytesAndASteadyLagNothingMore() throws Exception {
		long ten = steadyFile(directory.resolve("ten.twrec"), 10);
		long fifty = steadyFile(directory.resolve("fifty.twrec"), 50);
		double perValue = (fifty - ten) / (40.0 * 1_000);
		// signal id 1, flags 1, status 1, double 8; the batch's own header shared by 1,000 values
		assertTrue(perValue <= 11.05, perValue + " bytes a value");
		Recording read = Recording.read(directory.resolve("fifty.twrec"));
		assertEquals(50_000, read.values().size());
		RecordedValue last = read.values().get(49_999);
		assertEquals(last.arrival().minusMillis(20 + 999 % 7), last.value().sourceTime());
	}

	/** 1,000 signals every 100 ms, a server lagging behind arrival by a steady 20 to 26 ms; the file's size. */
	private long steadyFile(Path file, int batches) throws Exception {
		signals(1_000);
		List<List<ValueChange>> all = new ArrayList<>();
		for (int b = 0; b < batches; b++) {
			Instant at = T0.plusMillis(100L * b);
			List<ValueChange> batch = new ArrayList<>();
			for (int s = 0; s < 1_000; s++) {
				Instant source = at.minusMillis(20 + s % 7);
				batch.add(new ValueChange(signals.get(s), new SignalValue(50.0 + s + b / 1e3, 0, "Good", source, at)));
			}
			all.add(batch);
		}
		record(file, all, 0);
		return Files.size(file);
	}

	@Test
	void aTornBatchIsSkippedAndRecordingAgainGoesOnWithTheSameSignalIds() throws Exception {
		Path file = directory.resolve("torn.twrec");
		List<RecordedValue> first = record(file, steady(0, 10, 0, 30), 0);
		long whole = Files.size(file);
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.truncate(whole - 7); // a crash in the middle of the last batch
		}
		Recording torn = Recording.read(file);
		assertTrue(torn.damagedTail());
		assertEquals(first.subList(0, 270), torn.values(), "every whole batch before the torn one");
		assertEquals(torn.values().size(), Recording.streamColumns(file, c -> {
		}).values());

		// recording again: 30 known signals and 10 new ones
		List<RecordedValue> second = record(file, steady(20, 5, 0, 40), 0);
		Recording resumed = Recording.read(file);
		assertFalse(resumed.damagedTail(), "the torn batch was cut before the new ones were appended");
		List<RecordedValue> expected = new ArrayList<>(first.subList(0, 270));
		expected.addAll(second);
		assertEquals(expected, resumed.values());
		Map<Integer, String> declared = declarations(file);
		assertEquals(40, declared.size(), "each signal declared once in the file: " + declared);
		assertColumnsEqual(file, expected);
	}

	@Test
	void aDamagedByteInTheMiddleOfABatchEndsTheReadingAtTheBatchBefore() throws Exception {
		Path file = directory.resolve("damaged.twrec");
		List<RecordedValue> written = record(file, steady(0, 30, 0, 100), 0);
		byte[] bytes = Files.readAllBytes(file);
		bytes[bytes.length / 2] ^= 0x55;
		Files.write(file, bytes);
		Recording damaged = Recording.read(file);
		assertTrue(damaged.damagedTail());
		int kept = damaged.values().size();
		assertTrue(kept >= 1_000 && kept <= 2_000 && kept % 100 == 0, kept + " values kept");
		assertEquals(written.subList(0, kept), damaged.values());
		Recording.Streamed columns = assertColumnsEqual(file, damaged.values());
		assertTrue(columns.damagedTail());
	}

	@Test
	void declarationsAfterADamagedRecordAreNotUsedAndRecordingAgainDeclaresThemAfresh() throws Exception {
		Path file = directory.resolve("declared.twrec");
		List<RecordedValue> written = new ArrayList<>();
		List<Long> sizes = new ArrayList<>();
		for (int part = 0; part < 3; part++) {
			// each part brings 10 new signals, declared just before its batch
			written.addAll(record(file, steady(part * 10, 1, part * 10, 10), part));
			sizes.add(Files.size(file));
		}
		byte[] bytes = Files.readAllBytes(file);
		bytes[(int) (sizes.get(1) + 12)] ^= 0x01; // inside the third part's declarations
		Files.write(file, bytes);
		Recording damaged = Recording.read(file);
		assertTrue(damaged.damagedTail());
		assertEquals(written.subList(0, 20), damaged.values());
		assertEquals(20, declarations(file).size());

		List<RecordedValue> again = record(file, steady(10, 2, 0, 30), 3);
		Recording resumed = Recording.read(file);
		assertFalse(resumed.damagedTail());
		List<RecordedValue> expected = new ArrayList<>(written.subList(0, 20));
		expected.addAll(again);
		assertEquals(expected, resumed.values());
		Map<Integer, String> declared = declarations(file);
		assertEquals(30, declared.size());
		assertEquals("T-25.PV", declared.get(25), "the cut declarations given again, in the ids that follow");
	}

	@Test
	void aVersionOneRecordingStillReadsAndGrowsInItsOwnFormat() throws Exception {
		Path file = directory.resolve("old.twrec");
		List<RecordedValue> old = new ArrayList<>();
		List<List<ValueChange>> batches = combinations().subList(0, 20);
		for (int b = 0; b < batches.size(); b++) {
			List<ValueChange> batch = batches.get(b);
			Instant at = T0.plusMillis(100L * b);
			for (ValueChange change : batch) {
				old.add(new RecordedValue(at, ENDPOINT, nodeId(change.signal()), change.signal().getTag(),
						change.value()));
			}
		}
		LegacyRecordingWriter.write(file, old);
		List<RecordedValue> expectedOld = old.stream().map(CompactRecordingTest::asRecorded).toList();
		assertEquals(expectedOld, Recording.read(file).values());
		assertColumnsEqual(file, expectedOld);

		List<RecordedValue> more = record(file, steady(0, 3, 0, 10), 9);
		assertEquals(0, Files.readAllBytes(file)[0], "still a record per value, no header");
		List<RecordedValue> expected = new ArrayList<>(expectedOld);
		expected.addAll(more);
		Recording read = Recording.read(file);
		assertFalse(read.damagedTail());
		assertEquals(expected, read.values());
		assertColumnsEqual(file, expected);
	}

	@Test
	void aRecordingOfALaterVersionIsRefusedNamingTheFile() throws Exception {
		Path file = directory.resolve("later.twrec");
		Files.write(file, new byte[]{(byte) 0x89, 'T', 'W', 'R', 'E', 'C', 0, 3, 0, 0, 0, 1, 1, 0, 0, 0, 0});
		IOException e = assertThrows(IOException.class, () -> Recording.read(file));
		assertTrue(e.getMessage().contains("later.twrec"), e.getMessage());
		assertThrows(IOException.class, () -> new Recorder(file, ENDPOINT, List.of()).close());
	}

	@Test
	void aHeaderTornByACrashIsAnEmptyRecordingThatRecordsAgain() throws Exception {
		Path file = directory.resolve("header.twrec");
		Files.write(file, new byte[]{(byte) 0x89, 'T', 'W'});
		Recording torn = Recording.read(file);
		assertTrue(torn.damagedTail());
		assertTrue(torn.values().isEmpty());
		List<RecordedValue> written = record(file, steady(0, 2, 0, 3), 0);
		assertEquals(new Recording(written, false), Recording.read(file));
	}

	/** Checks the columnar stream against {@code expected} row by row, and its primitive columns too. */
	private static Recording.Streamed assertColumnsEqual(Path file, List<RecordedValue> expected) throws IOException {
		List<RecordedValue> rows = new ArrayList<>();
		Map<Integer, String> declared = new LinkedHashMap<>();
		Recording.Streamed streamed = Recording.streamColumns(file, new ColumnConsumer() {
			@Override
			public void declared(int id, String endpoint, @Nullable String nodeId, @Nullable String tag) {
				assertEquals(declared.size(), id, "ids count up from 0");
				declared.put(id, tag);
			}

			@Override
			public void accept(RecordedColumns c) {
				for (int row = 0; row < c.size(); row++) {
					assertTrue(declared.containsKey(c.signal(row)), "declared before use");
					RecordedValue value = c.recordedValue(row);
					rows.add(value);
					assertEquals(value.tag(), c.tag(c.signal(row)));
					assertEquals(value.value().statusCode(), c.statusCode(row));
					assertEquals(value.value().isGood(), c.isGood(row));
					assertEquals(nanos(value.arrival()), c.arrival(row));
					Instant source = value.value().sourceTime();
					assertEquals(source != null, c.hasSourceTime(row));
					assertEquals(nanos(source != null ? source : value.arrival()), c.time(row));
					Object v = value.value().value();
					if (v instanceof Number n) {
						assertTrue(c.isNumber(row));
						assertEquals(Double.doubleToLongBits(n.doubleValue()), Double.doubleToLongBits(c.number(row)));
					} else if (v instanceof Boolean b) {
						assertEquals(b ? 1.0 : 0.0, c.number(row));
					} else {
						assertFalse(c.isNumber(row));
						assertTrue(Double.isNaN(c.number(row)));
					}
				}
			}
		});
		assertEquals(expected, rows);
		assertEquals(expected.size(), streamed.values());
		return streamed;
	}

	private static long nanos(Instant t) {
		if (t.getEpochSecond() > 9_223_372_035L) {
			return Long.MAX_VALUE;
		}
		if (t.getEpochSecond() < -9_223_372_035L) {
			return Long.MIN_VALUE;
		}
		return t.getEpochSecond() * 1_000_000_000L + t.getNano();
	}

	private static Map<Integer, String> declarations(Path file) throws IOException {
		Map<Integer, String> declared = new LinkedHashMap<>();
		Recording.streamColumns(file, new ColumnConsumer() {
			@Override
			public void declared(int id, String endpoint, @Nullable String nodeId, @Nullable String tag) {
				declared.put(id, tag);
			}

			@Override
			public void accept(RecordedColumns columns) {
			}
		});
		return declared;
	}

	/** What a recording gives back for a value: any type it does not know as its text. */
	private static RecordedValue asRecorded(RecordedValue v) {
		Object value = v.value().value();
		if (value == null || value instanceof Number && !(value instanceof BigInteger) || value instanceof Boolean
				|| value instanceof String) {
			return v;
		}
		SignalValue s = v.value();
		return new RecordedValue(v.arrival(), v.endpoint(), v.nodeId(), v.tag(),
				new SignalValue(value.toString(), s.statusCode(), s.status(), s.sourceTime(), s.serverTime()));
	}

	/**
	 * Every value type, status and time combination, spread over 41 signals (some bound to a node) and batches of
	 * 50 values, so each kind of time also meets a signal's earlier times.
	 */
	private List<List<ValueChange>> combinations() {
		signals(41);
		Object[] values = {null, 1.5, -0.0, Double.NaN, Double.MAX_VALUE, 2.5f, Long.MIN_VALUE, Long.MAX_VALUE, -3L,
				Integer.MIN_VALUE, 77, (short) -5, Short.MAX_VALUE, (byte) -128, (byte) 6, true, false, "text",
				"Δp é \uD800 😀", "", new BigInteger("18446744073709551615")};
		long[] codes = {0, 0x808C_0000L, 0x4000_0000L, 0x808C_0000L};
		String[] texts = {"Good", "Bad_SensorFailure", "Uncertain", "Bad_SensorFailure (sensor 2)"};
		List<List<ValueChange>> batches = new ArrayList<>();
		List<ValueChange> batch = new ArrayList<>();
		int n = 0;
		for (Object value : values) {
			for (int status = 0; status < codes.length; status++) {
				for (int source = 0; source < 6; source++) {
					for (int server = 0; server < 4; server++) {
						Instant at = T0.plusMillis(100L * batches.size());
						Instant sourceTime = switch (source) {
						case 0 -> null;
						case 1 -> at;
						case 2 -> at.minusMillis(50); // a steady lag
						case 3 -> at.minusNanos(n * 7_919L);
						case 4 -> Instant.parse("1601-01-01T00:00:00Z");
						default -> n % 2 == 0 ? Instant.MAX : Instant.MIN.plusNanos(n);
						};
						Instant serverTime = switch (server) {
						case 0 -> null;
						case 1 -> at;
						case 2 -> sourceTime == null
								? null
								: Instant.ofEpochSecond(sourceTime.getEpochSecond(), sourceTime.getNano());
						default -> at.plusNanos(3);
						};
						batch.add(new ValueChange(signals.get(n % signals.size()),
								new SignalValue(value, codes[status], texts[status], sourceTime, serverTime)));
						n++;
						if (batch.size() == 50) {
							batches.add(batch);
							batch = new ArrayList<>();
						}
					}
				}
			}
		}
		batches.add(batch);
		return batches;
	}

	/** {@code count} batches of signals {@code first} on, every 100 ms from batch {@code from}. */
	private List<List<ValueChange>> steady(int from, int count, int first, int width) {
		signals(first + width);
		List<List<ValueChange>> batches = new ArrayList<>();
		for (int b = from; b < from + count; b++) {
			Instant at = T0.plusMillis(100L * b);
			List<ValueChange> batch = new ArrayList<>();
			for (int s = first; s < first + width; s++) {
				batch.add(new ValueChange(signals.get(s),
						new SignalValue(b + s / 1e3, 0, "Good", at.minusMillis(5), at)));
			}
			batches.add(batch);
		}
		return batches;
	}

	/**
	 * Records the batches, one every 100 ms from T0 (plus an hour a session), and returns what the recording should
	 * give back.
	 */
	private List<RecordedValue> record(Path file, List<List<ValueChange>> batches, int session) throws Exception {
		StepClock clock = new StepClock();
		List<RecordedValue> expected = new ArrayList<>();
		try (Recorder recorder = new Recorder(file, ENDPOINT, bindings, Duration.ofDays(1), clock)) {
			int b = 0;
			for (List<ValueChange> batch : batches) {
				clock.now = T0.plusMillis(100L * b++).plusSeconds(3_600L * session);
				for (ValueChange change : batch) {
					expected.add(asRecorded(new RecordedValue(clock.now, ENDPOINT, nodeId(change.signal()),
							change.signal().getTag(), change.value())));
				}
				recorder.valuesChanged(batch);
			}
		}
		return expected;
	}

	private @Nullable String nodeId(Signal signal) {
		for (Binding binding : bindings) {
			if (binding.getSignal() == signal) {
				return binding.getNodeId();
			}
		}
		return null;
	}

	private void signals(int count) {
		TwinFactory f = TwinFactory.eINSTANCE;
		while (signals.size() < count) {
			Signal signal = f.createSignal();
			signal.setTag("T-" + signals.size() + ".PV");
			signals.add(signal);
			if (signals.size() % 3 == 0) {
				Binding binding = f.createBinding();
				binding.setSignal(signal);
				binding.setNodeId("ns=2;s=T" + signals.size());
				bindings.add(binding);
			}
		}
	}

	private static final class StepClock extends Clock {
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
