// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.twinworks.live.Recorder;
import org.twinworks.live.RecordedValue;
import org.twinworks.live.Recording;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueChange;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;

/**
 * A live recording (append-only, length + payload + CRC per record): the child's Recorder writes batches of values
 * into a new recording, as the workbench does when recording starts; after a kill the recording must read back
 * without error, hold every value of every batch the Recorder returned from, in order and equal, and at most end in
 * one torn record, which the reader skips.
 */
final class RecordingFile implements FileKind {
	static final String FILE = "live.twinrec";
	private static final String ENDPOINT = "opc.tcp://127.0.0.1:4840/crash";
	private static final int SIGNALS = 100;
	private static final int BATCH = 2_000;

	@Override
	public String name() {
		return "recording";
	}

	@Override
	public void prepare(Path folder) {
	}

	@Override
	public void beforeTrial(Path folder) throws IOException {
		Files.deleteIfExists(folder.resolve(FILE));
	}

	@Override
	public void saveUntilKilled(Path folder, Announcer announcer) throws IOException {
		List<Signal> signals = new ArrayList<>();
		for (int i = 0; i < SIGNALS; i++) {
			Signal signal = TwinFactory.eINSTANCE.createSignal();
			signal.setTag(tag(i));
			signals.add(signal);
		}
		try (Recorder recorder = new Recorder(folder.resolve(FILE), ENDPOINT, List.of())) {
			for (long written = 0;; written += BATCH) {
				List<ValueChange> batch = new ArrayList<>(BATCH);
				for (long k = written; k < written + BATCH; k++) {
					batch.add(new ValueChange(signals.get((int) (k % SIGNALS)), value(k)));
				}
				announcer.saving(Long.toString(written + BATCH));
				recorder.valuesChanged(batch);
				announcer.saved(Long.toString(written + BATCH));
			}
		}
	}

	@Override
	public Verdict check(Path folder, ChildOutput child) throws IOException {
		Recording recording;
		try {
			recording = Recording.read(folder.resolve(FILE));
		} catch (IOException | RuntimeException e) {
			return new Verdict(null, true, 0, 0, false);
		}
		List<RecordedValue> values = recording.values();
		for (int k = 0; k < values.size(); k++) {
			RecordedValue value = values.get(k);
			if (!ENDPOINT.equals(value.endpoint()) || !tag(k % SIGNALS).equals(value.tag())
					|| !value(k).equals(value.value())) {
				return Verdict.corrupt("value " + k + " is not what was recorded: " + value);
			}
		}
		String saved = child.lastSaved();
		long acknowledged = saved == null ? 0 : Long.parseLong(saved);
		if (values.size() < acknowledged) {
			return Verdict.corrupt(values.size() + " values read back of " + acknowledged + " recorded");
		}
		return new Verdict(null, false, 0, others(folder, FILE), recording.damagedTail());
	}

	/** Files beside {@code kept}: an append-only writer makes none, so any would be a leftover. */
	static int others(Path folder, String kept) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return (int) files.filter(file -> !file.getFileName().toString().equals(kept)).count();
		}
	}

	private static String tag(int signal) {
		return "FT-" + signal + ".PV";
	}

	private static SignalValue value(long k) {
		return new SignalValue(k * 0.25, 0, "Good", Instant.ofEpochMilli(1_780_000_000_000L + k), null);
	}
}
