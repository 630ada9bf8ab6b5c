// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.twinworks.live.Recorder;
import org.twinworks.live.ValueChange;
import org.twinworks.live.ValueListener;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;

/**
 * A live model being recorded to a file by the live core's {@link Recorder}. Stopping detaches it from the
 * store first; a delivery already under way when it stops is dropped rather than written to a closed file.
 */
public final class LiveRecording implements ValueListener, AutoCloseable {
	private final Path file;
	private final Recorder recorder;
	private final AutoCloseable attachment;
	private boolean closed;

	LiveRecording(Path file, ValueStore store, String endpoint, List<Binding> bindings, Duration interval)
			throws IOException {
		this.file = file;
		this.recorder = new Recorder(file, endpoint, bindings);
		// before attaching: a change delivered after this is newer than what the snapshot holds
		try {
			recorder.recordCurrent(store.snapshot());
		} catch (UncheckedIOException e) {
			recorder.close();
			throw e.getCause();
		}
		this.attachment = store.addListener(this, interval);
	}

	public Path file() {
		return file;
	}

	/** Values written so far. */
	public long records() {
		return recorder.records();
	}

	@Override
	public synchronized void valuesChanged(List<ValueChange> batch) {
		if (!closed) {
			recorder.valuesChanged(batch);
		}
	}

	@Override
	public synchronized void close() throws IOException {
		if (closed) {
			return;
		}
		closed = true;
		try {
			attachment.close();
		} catch (Exception e) {
			// cancelling a schedule does not fail
		}
		recorder.close();
	}
}
