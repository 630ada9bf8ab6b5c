// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.ColumnConsumer;
import org.twinworks.live.RecordedColumns;
import org.twinworks.live.RecordedValue;
import org.twinworks.live.Recorder;
import org.twinworks.live.Recording;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueChange;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;
import org.twinworks.tests.live.harness.LegacyRecordingWriter;

/**
 * A full-rate recording (20,000 signals at 10 Hz, {@code twinworks.bench.recordedSeconds} s, 60 by default) written
 * by the recorder in the compact format and in version 1, then read back: bytes a value, and decoding speed (values a
 * second, times real time) of the columnar stream, the object stream of the same file and version 1's object stream,
 * in the same run. The load: 90 % analog values around 50 with noise, 10 % booleans, one signal in 500 Bad; source
 * times a steady 0 to 49 ms before arrival, as a server's sampling lag. Prints figures; asserts nothing but counts.
 */
class RecordingFormatBenchmark {
	private static final int SIGNALS = 20_000;
	private static final int HZ = 10;
	private static final int SECONDS = Integer.getInteger("twinworks.bench.recordedSeconds", 60);
	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
	private static final String ENDPOINT = "opc.tcp://plant:4840";

	@TempDir
	Path directory;

	@Test
	void recordingFormatFigures() throws Exception {
		List<Signal> signals = new ArrayList<>();
		for (int s = 0; s < SIGNALS; s++) {
			Signal signal = TwinFactory.eINSTANCE.createSignal();
			signal.setTag("AREA" + s / 1_000 + ".S-" + s + (s % 10 == 9 ? ".RUN" : ".PV"));
			signals.add(signal);
		}
		long values = (long) SIGNALS * HZ * SECONDS;
		System.out.printf(Locale.ROOT,
				"recording benchmark: %d s of %,d signals at %d Hz = %,d values; load average %.2f%n", SECONDS, SIGNALS,
				HZ, values, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

		Path compact = directory.resolve("full-rate.twrec");
		double writeCompact = write(compact, signals);
		Path legacy = directory.resolve("full-rate-v1.twrec");
		// a version-1 file goes on in version 1: one value in the old layout, then the recorder's own v1 encoder
		LegacyRecordingWriter.write(legacy, List.of(new RecordedValue(T0.minusSeconds(1), ENDPOINT, null, "seed",
				new SignalValue(0.0, 0, "Good", T0.minusSeconds(1), T0.minusSeconds(1)))));
		double writeLegacy = write(legacy, signals);
		long compactBytes = Files.size(compact);
		long legacyBytes = Files.size(legacy);
		System.out.printf(Locale.ROOT,
				"recording benchmark: compact (v2) file %,.1f MB, %.2f bytes a value, written in %.1f s (%,.0f values/s);"
						+ " version 1 %,.1f MB, %.1f bytes a value, written in %.1f s; %.1fx smaller%n",
				compactBytes / 1e6, compactBytes / (double) values, writeCompact, values / writeCompact,
				legacyBytes / 1e6, legacyBytes / (double) values, writeLegacy, legacyBytes / (double) compactBytes);

		for (int round = 1; round <= 3; round++) {
			report("columnar stream, compact file, round " + round, values, () -> columns(compact));
		}
		report("object stream (RecordedValue), compact file", values, () -> objects(compact));
		report("object stream (RecordedValue), version-1 file", values + 1, () -> objects(legacy));
		report("columnar stream, version-1 file (slow path)", values + 1, () -> columns(legacy));
		System.out.printf(Locale.ROOT, "recording benchmark: load average after %.2f%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private interface Walk {
		long run() throws IOException;
	}

	private static void report(String what, long expected, Walk walk) throws IOException {
		long t0 = System.nanoTime();
		long cpu0 = cpu();
		long seen = walk.run();
		double seconds = (System.nanoTime() - t0) / 1e9;
		double cpuSeconds = (cpu() - cpu0) / 1e9;
		if (seen != expected) {
			throw new AssertionError(what + ": " + seen + " values, expected " + expected);
		}
		System.out.printf(Locale.ROOT,
				"recording benchmark: %s: %.2f s wall (%.2f s CPU), %,.1f M values/s, %.0fx real time (%.0fx per CPU)%n",
				what, seconds, cpuSeconds, seen / seconds / 1e6, SECONDS / seconds, SECONDS / cpuSeconds);
	}

	/** The columns walked as an analysis would: every number and time read. */
	private static long columns(Path file) throws IOException {
		double[] sum = {0};
		long[] count = {0};
		Recording.Streamed streamed = Recording.streamColumns(file, new ColumnConsumer() {
			@Override
			public void accept(RecordedColumns c) {
				double s = 0;
				long t = 0;
				for (int row = 0; row < c.size(); row++) {
					if (c.isGood(row)) {
						s += c.number(row) + c.signal(row);
						t ^= c.time(row);
					}
				}
				sum[0] += s + (t & 1);
				count[0] += c.size();
			}
		});
		return check(streamed, count[0], sum[0]);
	}

	private static long objects(Path file) throws IOException {
		double[] sum = {0};
		long[] count = {0};
		Recording.Streamed streamed = Recording.stream(file, v -> {
			count[0]++;
			if (v.value().value() instanceof Double d) {
				sum[0] += d + v.tag().length();
			}
		});
		return check(streamed, count[0], sum[0]);
	}

	private static long check(Recording.Streamed streamed, long counted, double sum) {
		if (streamed.damagedTail() || streamed.values() != counted || Double.isNaN(sum)) {
			throw new AssertionError("walk: " + streamed + ", counted " + counted + ", sum " + sum);
		}
		return counted;
	}

	/** Records the load batch by batch as the store delivers it; the seconds it took. */
	private static double write(Path file, List<Signal> signals) throws IOException {
		StepClock clock = new StepClock();
		long t0 = System.nanoTime();
		try (Recorder recorder = new Recorder(file, ENDPOINT, List.of(), Duration.ofDays(1), clock)) {
			List<ValueChange> batch = new ArrayList<>(SIGNALS);
			for (int b = 0; b < SECONDS * HZ; b++) {
				Instant at = T0.plusMillis(100L * b);
				clock.now = at;
				batch.clear();
				for (int s = 0; s < SIGNALS; s++) {
					batch.add(new ValueChange(signals.get(s), value(s, b, at)));
				}
				recorder.valuesChanged(batch);
			}
		}
		return (System.nanoTime() - t0) / 1e9;
	}

	private static SignalValue value(int s, int b, Instant at) {
		Instant source = at.minusMillis(s % 50);
		if (s % 500 == 7) {
			return new SignalValue(null, 0x808C_0000L, "Bad_SensorFailure", source, at);
		}
		if (s % 10 == 9) {
			return new SignalValue((b / 50 + s) % 2 == 0, 0, "Good", source, at);
		}
		double noise = ((s * 7_919 + b * 104_729) % 2_000) / 1_000.0 - 1;
		return new SignalValue(50 + noise, 0, "Good", source, at);
	}

	private static long cpu() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
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
