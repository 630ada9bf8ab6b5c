// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.evidence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The evidence log of one commissioning record, open for appending: each record chains to the one before by its
 * hash, and is on disk when {@code append} returns. Nothing already written is ever rewritten. While open, the file is
 * locked against a second writer (which would fork the chain). Thread-safe.
 */
public final class EvidenceChain implements AutoCloseable {
	private final Path file;
	private final FileChannel channel;
	private final FileLock lock;
	private final WorkstationKey key;
	private final Clock clock;
	private final MessageDigest digest = ChainLines.sha256();
	private long count;
	private String headHash;
	private @Nullable IOException broken;

	private EvidenceChain(Path file, FileChannel channel, FileLock lock, WorkstationKey key, Clock clock,
			ChainHead head) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
		this.key = key;
		this.clock = clock;
		this.count = head.count();
		this.headHash = head.hash();
	}

	/** The chain of a commissioning record: {@code plant.twincx} → {@code plant.twincx.chain}. */
	public static Path beside(Path recordFile) {
		return recordFile.resolveSibling(recordFile.getFileName() + ".chain");
	}

	/**
	 * Opens {@code file} for appending, made (with its folders) when missing. Of an existing file only the last line is
	 * read, to find the head; nothing is verified ({@link ChainVerifier} does that). A last line without its line
	 * break was torn by a crash while appending (its append never returned) and is cut off; nothing else is ever cut.
	 *
	 * @throws IOException also when another writer holds the file, or when its last complete line is not a record
	 */
	public static EvidenceChain open(Path file, WorkstationKey key, Clock clock) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		boolean created = !Files.exists(file);
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		try {
			FileLock lock = lockOrFail(file, channel);
			ChainTail.cutTornLine(channel);
			ChainHead head = ChainTail.head(file, channel);
			channel.position(channel.size());
			if (created && parent != null) {
				forceDirectory(parent); // the new file's name is as durable as its records
			}
			return new EvidenceChain(file, channel, lock, key, clock, head);
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
	}

	/** Appends one record; it is on disk when this returns. */
	public synchronized ChainRecord append(String kind, String payload) throws IOException {
		return appendAll(List.of(Map.entry(kind, payload))).get(0);
	}

	/** Appends records in order, with one write and one force to disk. */
	public synchronized List<ChainRecord> appendAll(List<Map.Entry<String, String>> kindAndPayload) throws IOException {
		for (Map.Entry<String, String> entry : kindAndPayload) {
			checkWritable(entry.getKey(), entry.getValue());
		}
		if (kindAndPayload.isEmpty()) {
			return List.of();
		}
		List<ChainRecord> records = new ArrayList<>(kindAndPayload.size());
		Instant now = clock.instant();
		String previous = headHash;
		for (Map.Entry<String, String> entry : kindAndPayload) {
			ChainRecord record = ChainLines.record(digest, count + records.size(), now, entry.getKey(),
					entry.getValue(), previous);
			records.add(record);
			previous = record.hash();
		}
		write(records);
		return records;
	}

	/**
	 * Appends a {@value ChainRecord#CHECKPOINT} record that signs, with the workstation key, the index and hash of the
	 * record before it (index -1 and the genesis hash on an empty chain) together with its own time.
	 */
	public synchronized ChainRecord checkpoint() throws IOException {
		Instant now = Instant.ofEpochMilli(clock.millis());
		long signedIndex = count - 1;
		byte[] signature = key.sign(ChainLines.checkpointMessage(signedIndex, headHash, now));
		String payload = new CheckpointPayload(signedIndex, headHash, key.publicKey().getEncoded(), signature).text();
		ChainRecord record = ChainLines.record(digest, count, now, ChainRecord.CHECKPOINT, payload, headHash);
		write(List.of(record));
		return record;
	}

	public synchronized ChainHead head() {
		return new ChainHead(count, headHash);
	}

	public Path file() {
		return file;
	}

	@Override
	public synchronized void close() throws IOException {
		if (channel.isOpen()) {
			try {
				lock.release();
			} finally {
				channel.close();
			}
		}
	}

	private void write(List<ChainRecord> records) throws IOException {
		if (broken != null) {
			throw new IOException(file + ": an earlier append failed and could not be undone; reopen the chain",
					broken);
		}
		if (!channel.isOpen()) {
			throw new IOException(file + " is closed");
		}
		StringBuilder text = new StringBuilder(records.size() * 512);
		for (ChainRecord record : records) {
			text.append(ChainLines.line(record));
		}
		ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
		long before = channel.size();
		try {
			channel.position(before);
			while (bytes.hasRemaining()) {
				channel.write(bytes);
			}
			channel.force(false);
		} catch (IOException e) {
			undo(before, e);
			throw new IOException(file + ": cannot append evidence: " + e.getMessage(), e);
		}
		ChainRecord last = records.get(records.size() - 1);
		count = last.index() + 1;
		headHash = last.hash();
	}

	/** A partly written batch would chain the next append to a head that is not the file's: cut it. */
	private void undo(long size, IOException cause) {
		try {
			channel.truncate(size);
			channel.force(false);
		} catch (IOException e) {
			cause.addSuppressed(e);
			broken = cause;
		}
	}

	private static void checkWritable(String kind, String payload) {
		if (kind.isEmpty()) {
			throw new IllegalArgumentException("a record needs a kind");
		}
		if (ChainRecord.CHECKPOINT.equals(kind)) {
			throw new IllegalArgumentException("kind '" + ChainRecord.CHECKPOINT + "' is written by checkpoint() only");
		}
		ChainText.checkEncodable("kind", kind);
		ChainText.checkEncodable("payload", payload);
		// at most six bytes a character (a control character escaped); measured only when it may matter
		if ((payload.length() + (long) kind.length()) * 6 + 200 > ChainLines.MAX_LINE_BYTES && ChainLines
				.line(new ChainRecord(0, Instant.EPOCH, kind, payload, ChainHead.GENESIS, ChainHead.GENESIS))
				.getBytes(StandardCharsets.UTF_8).length > ChainLines.MAX_LINE_BYTES) {
			throw new IllegalArgumentException("a record longer than 1 MiB as a line: keep large evidence in a file "
					+ "and record its name and hash");
		}
	}

	private static FileLock lockOrFail(Path file, FileChannel channel) throws IOException {
		FileLock lock;
		try {
			lock = channel.tryLock();
		} catch (OverlappingFileLockException e) {
			lock = null;
		}
		if (lock == null) {
			throw new IOException(file + " is open for appending elsewhere; a second writer would fork the chain");
		}
		return lock;
	}

	private static void forceDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// not every platform can force a directory; the records themselves are forced
		}
	}
}
