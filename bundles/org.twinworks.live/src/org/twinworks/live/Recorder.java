// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Binding;
import org.twinworks.model.Signal;

/**
 * Records what arrives in a {@link ValueStore} (attach it as a listener) to an append-only file. Each record
 * is {@code length, payload, CRC-32 of the payload}, so a record torn by a crash is detected and skipped on
 * read. Each batch is flushed to the OS at once; fsync runs at most once per {@code forceInterval} and on
 * close, so a crash loses at most that much and the disk is not forced 10 times a second. Arrival is the
 * time the batch is delivered.
 * <p>
 * A new file is written in the compact {@link CompactFormat version 2} (a batch of values a record, about 11 to 16
 * bytes a value); a file recorded before it goes on in its version 1 (a record a value), so it stays one format.
 */
public final class Recorder implements ValueListener, AutoCloseable {
	static final int MAX_RECORD = 1 << 20;

	private final FileChannel channel;
	private final DataOutputStream out;
	private final String endpoint;
	private final Map<Signal, Binding> bindings = new IdentityHashMap<>();
	private final Duration forceInterval;
	private final Clock clock;
	private final CRC32 crc = new CRC32();
	/** Null when going on with a version-1 file. */
	private final CompactFormat.@Nullable Writer compact;
	private final Map<Signal, SignalId> ids = new IdentityHashMap<>();
	private Instant lastForce;
	private long records;

	public Recorder(Path file, String endpoint, Collection<Binding> bindings, Duration forceInterval, Clock clock)
			throws IOException {
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		Recording.Inspection found = cutTornTail(file);
		this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND);
		this.out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
		if (found.version() == 1) {
			compact = null;
		} else {
			compact = new CompactFormat.Writer(out, found.dictionary());
			if (found.version() == 0) {
				out.write(CompactFormat.MAGIC);
				out.flush();
			}
		}
		this.endpoint = endpoint;
		bindings.forEach(b -> this.bindings.put(b.getSignal(), b));
		this.forceInterval = forceInterval;
		this.clock = clock;
		this.lastForce = clock.instant();
	}

	/**
	 * A recording that a crash tore ends in a partial record; appended after it, everything recorded next would be
	 * unreadable (reading stops at the first damaged record). So the torn tail is cut before appending: it held no
	 * whole value.
	 */
	private static Recording.Inspection cutTornTail(Path file) throws IOException {
		Recording.Inspection found = Recording.inspect(file);
		if (!Files.exists(file)) {
			return found;
		}
		long intact = found.intact();
		if (intact < Files.size(file)) {
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
				channel.truncate(intact);
				channel.force(true);
			}
		}
		return found;
	}

	public Recorder(Path file, String endpoint, Collection<Binding> bindings) throws IOException {
		this(file, endpoint, bindings, Duration.ofSeconds(1), Clock.systemUTC());
	}

	@Override
	public synchronized void valuesChanged(List<ValueChange> batch) {
		Instant arrival = clock.instant();
		try {
			for (ValueChange change : batch) {
				Binding binding = bindings.get(change.signal());
				String nodeId = binding == null ? null : binding.getNodeId();
				if (compact != null) {
					compact.add(arrival, id(change.signal(), nodeId), change.value());
					records++;
				} else {
					append(RecordFormat.encode(
							new RecordedValue(arrival, endpoint, nodeId, change.signal().getTag(), change.value())));
				}
			}
			if (compact != null) {
				compact.flush();
			}
			out.flush();
			if (!arrival.isBefore(lastForce.plus(forceInterval))) {
				channel.force(false);
				lastForce = arrival;
			}
		} catch (IOException e) {
			// the store's delivery thread logs it and goes on with the other listeners
			throw new UncheckedIOException("recording failed", e);
		}
	}

	/**
	 * Writes each signal's value as it is now, stamped with this instant's arrival, so that a recording played back
	 * shows every signal from its first instant, not only those that happened to change after it started.
	 */
	public void recordCurrent(Map<Signal, SignalValue> current) {
		valuesChanged(current.entrySet().stream().map(e -> new ValueChange(e.getKey(), e.getValue())).toList());
	}

	/** The signal's id in the file, looked up again only when its tag or node changed (a rename while recording). */
	private int id(Signal signal, @Nullable String nodeId) {
		String tag = signal.getTag();
		SignalId known = ids.get(signal);
		if (known == null || known.tag() != tag || !Objects.equals(known.nodeId(), nodeId)) {
			known = new SignalId(tag, nodeId, compact.signalId(endpoint, nodeId, tag));
			ids.put(signal, known);
		}
		return known.id();
	}

	private record SignalId(@Nullable String tag, @Nullable String nodeId, int id) {
	}

	/** Values written so far. */
	public synchronized long records() {
		return records;
	}

	@Override
	public synchronized void close() throws IOException {
		out.flush();
		channel.force(false);
		channel.close();
	}

	private void append(byte[] payload) throws IOException {
		crc.reset();
		crc.update(payload);
		out.writeInt(payload.length);
		out.write(payload);
		out.writeInt((int) crc.getValue());
		records++;
	}
}
