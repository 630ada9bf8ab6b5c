// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.RecordedValue;
import org.twinworks.live.Recorder;
import org.twinworks.live.Recording;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueChange;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;
import org.twinworks.tests.live.harness.SettableClock;

/**
 * A recording streamed value by value gives back exactly what was recorded (every value type, texts beyond ASCII,
 * thousands of distinct tags, records across the reader's chunks), and stops where {@link Recording#read} stops.
 */
class RecordingStreamTest {
	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
	private static final String ENDPOINT = "opc.tcp://127.0.0.1:4840";

	@TempDir
	Path directory;

	@Test
	void streamingGivesBackEveryRecordedValueInOrder() throws Exception {
		Path file = directory.resolve("many.twrec");
		List<RecordedValue> written = write(file, 200_000); // about 14 bytes a value now
		assertTrue(Files.size(file) > 2 << 20, "records cross the reader's 1 MB chunks: " + Files.size(file));
		List<RecordedValue> streamed = new ArrayList<>();
		Recording.Streamed result = Recording.stream(file, streamed::add);
		assertFalse(result.damagedTail());
		assertEquals(written.size(), result.values());
		assertEquals(written, streamed);
		assertEquals(written, Recording.read(file).values());
		// what repeats is shared: one tag object per text, one arrival per batch
		assertSame(streamed.get(5).tag(), streamed.get(5 + 2_500).tag());
		assertSame(streamed.get(0).arrival(), streamed.get(1).arrival());
	}

	@Test
	void aTornOrDamagedTailEndsTheStreamWhereReadEndsIt() throws Exception {
		Path file = directory.resolve("torn.twrec");
		List<RecordedValue> written = write(file, 20_000);
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.truncate(Files.size(file) - 3);
		}
		List<RecordedValue> streamed = new ArrayList<>();
		Recording.Streamed torn = Recording.stream(file, streamed::add);
		assertTrue(torn.damagedTail());
		// a recording keeps a batch of values a record: the torn batch (ten values) goes, every one before it stays
		assertEquals(written.subList(0, written.size() - 10), streamed);
		assertEquals(streamed, Recording.read(file).values());

		// a flipped byte in the middle: everything before the damaged record, nothing after it
		byte[] bytes = Files.readAllBytes(file);
		bytes[bytes.length / 2] ^= 0x55;
		Files.write(file, bytes);
		streamed.clear();
		Recording.Streamed damaged = Recording.stream(file, streamed::add);
		assertTrue(damaged.damagedTail());
		Recording read = Recording.read(file);
		assertEquals(read.values(), streamed);
		assertTrue(streamed.size() > 1_000 && streamed.size() < written.size() / 2 + 1_000, streamed.size() + "");
		assertEquals(written.subList(0, streamed.size()), streamed);
	}

	@Test
	void anEmptyRecordingStreamsNothing() throws Exception {
		Path file = directory.resolve("empty.twrec");
		Files.createFile(file);
		Recording.Streamed result = Recording.stream(file, v -> {
			throw new AssertionError("no value expected");
		});
		assertEquals(0, result.values());
		assertFalse(result.damagedTail());
	}

	/** {@code count} values of 2,500 signals, ten to a batch, of every kind the format knows. */
	private static List<RecordedValue> write(Path file, int count) throws Exception {
		TwinFactory f = TwinFactory.eINSTANCE;
		List<Signal> signals = new ArrayList<>();
		for (int i = 0; i < 2_500; i++) {
			Signal signal = f.createSignal();
			signal.setTag(i % 500 == 7 ? "ΔP-" + i + ".PV é" : "FT-" + i + ".PV");
			signals.add(signal);
		}
		Object[] kinds = {1.5, 2.5f, 3L, 4, (short) 5, (byte) 6, true, "text Δ", null, -0.25};
		SettableClock clock = new SettableClock(T0);
		List<RecordedValue> written = new ArrayList<>();
		try (Recorder recorder = new Recorder(file, ENDPOINT, List.of(), Duration.ofDays(1), clock)) {
			for (int b = 0; b < count / 10; b++) {
				clock.set(T0.plusMillis(100L * b));
				List<ValueChange> batch = new ArrayList<>();
				for (int k = 0; k < 10; k++) {
					int n = b * 10 + k;
					Signal signal = signals.get(n % signals.size());
					Object value = n % 13 == 0 ? (double) n : kinds[n % kinds.length];
					Instant source = n % 3 == 0 ? null : clock.instant().minusNanos(n);
					SignalValue v = value == null
							? new SignalValue(null, 0x808C_0000L, "Bad_SensorFailure", source, clock.instant())
							: new SignalValue(value, 0, "Good", source, n % 7 == 0 ? null : clock.instant());
					batch.add(new ValueChange(signal, v));
					written.add(new RecordedValue(clock.instant(), ENDPOINT, null, signal.getTag(), v));
				}
				recorder.valuesChanged(batch);
			}
		}
		assertNull(written.get(0).nodeId());
		return written;
	}
}
