// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Every write attempt, one line each, appended to a file that is never rewritten, and forced to disk before
 * the write returns: writes are rare and an audit trail that loses its last line on a crash is no trail. A
 * bounded tail of the latest records stays in memory for display.
 */
public final class AuditLog implements AutoCloseable {
	private final Path file;
	private final FileChannel channel;
	private final int tailCapacity;
	private final ArrayDeque<AuditRecord> tail;

	private AuditLog(Path file, FileChannel channel, int tailCapacity) {
		this.file = file;
		this.channel = channel;
		this.tailCapacity = tailCapacity;
		this.tail = new ArrayDeque<>(tailCapacity);
	}

	/** Opens {@code file} for appending (made with its directories if missing). */
	public static AuditLog open(Path file, int tailCapacity) throws IOException {
		if (tailCapacity < 1) {
			throw new IllegalArgumentException("the tail must hold at least one record");
		}
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND);
		return new AuditLog(file, channel, tailCapacity);
	}

	public synchronized void append(AuditRecord record) throws IOException {
		ByteBuffer line = ByteBuffer.wrap((record.toLine() + "\n").getBytes(StandardCharsets.UTF_8));
		while (line.hasRemaining()) {
			channel.write(line);
		}
		channel.force(false);
		if (tail.size() == tailCapacity) {
			tail.removeFirst();
		}
		tail.addLast(record);
	}

	/** The latest records, oldest first, at most the tail capacity. */
	public synchronized List<AuditRecord> tail() {
		return List.copyOf(tail);
	}

	public Path file() {
		return file;
	}

	@Override
	public synchronized void close() throws IOException {
		channel.close();
	}
}
