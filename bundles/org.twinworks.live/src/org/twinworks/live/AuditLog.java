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
import java.util.ArrayList;
import java.util.List;

/**
 * Every write attempt, one line each, appended to a file that is never rewritten, and forced to disk before
 * the write returns: writes are rare and an audit trail that loses its last line on a crash is no trail. A
 * bounded tail of the latest records stays in memory for display. A record is a line with its line break: a last
 * line without one was torn (a crash, a full disk) and is not a record.
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

	/**
	 * Opens {@code file} for appending (made with its directories if missing). A torn last line is cut off first:
	 * appended to, it would glue the next record onto it and both would be lost to readers. It was never a record (its
	 * append failed), so nothing that was recorded is cut.
	 */
	public static AuditLog open(Path file, int tailCapacity) throws IOException {
		if (tailCapacity < 1) {
			throw new IllegalArgumentException("the tail must hold at least one record");
		}
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		try (FileChannel existing = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE)) {
			cutTornLine(existing); // apart: a channel that appends cannot read
		}
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND);
		return new AuditLog(file, channel, tailCapacity);
	}

	/**
	 * The last {@code max} records of {@code file}, oldest first (none if it does not exist). Only lines ended by a
	 * line break count (a torn last line may even parse, cut inside its last field); other lines that are not
	 * records are skipped, and bytes that are not UTF-8 never make the whole trail unreadable.
	 */
	public static List<AuditRecord> read(Path file, int max) throws IOException {
		if (!Files.exists(file)) {
			return List.of();
		}
		byte[] bytes = Files.readAllBytes(file);
		int end = bytes.length;
		while (end > 0 && bytes[end - 1] != '\n') {
			end--;
		}
		List<String> lines = new String(bytes, 0, end, StandardCharsets.UTF_8).lines().toList();
		List<AuditRecord> records = new ArrayList<>();
		for (String line : lines.subList(Math.max(0, lines.size() - max), lines.size())) {
			try {
				records.add(AuditRecord.parse(line));
			} catch (IllegalArgumentException e) {
				// not a record (damaged on disk): the records around it still count
			}
		}
		return records;
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

	private static void cutTornLine(FileChannel channel) throws IOException {
		ByteBuffer block = ByteBuffer.allocate(8192);
		long end = channel.size();
		while (end > 0) {
			int length = (int) Math.min(block.capacity(), end);
			block.clear().limit(length);
			while (block.hasRemaining() && channel.read(block, end - length + block.position()) >= 0) {
				// reads the whole block
			}
			for (int i = length - 1; i >= 0; i--) {
				if (block.get(i) == '\n') {
					truncate(channel, end - length + i + 1);
					return;
				}
			}
			end -= length;
		}
		truncate(channel, 0);
	}

	private static void truncate(FileChannel channel, long size) throws IOException {
		if (channel.size() > size) {
			channel.truncate(size);
			channel.force(false);
		}
	}

	@Override
	public synchronized void close() throws IOException {
		channel.close();
	}
}
