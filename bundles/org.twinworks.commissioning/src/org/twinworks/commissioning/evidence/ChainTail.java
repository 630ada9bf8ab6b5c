// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The end of a chain file, read backwards: a torn last line to cut, and the head to continue from. */
final class ChainTail {
	private static final int BLOCK = 8192;

	private ChainTail() {
	}

	/**
	 * Cuts a last line without its line break. Appended to, it would glue the next record onto it; it was never a
	 * record (its append did not return), so nothing recorded is lost.
	 */
	static void cutTornLine(FileChannel channel) throws IOException {
		long size = channel.size();
		long end = size;
		ByteBuffer block = ByteBuffer.allocate(BLOCK);
		while (end > 0) {
			int length = (int) Math.min(BLOCK, end);
			readFully(channel, block, end - length, length);
			for (int i = length - 1; i >= 0; i--) {
				if (block.get(i) == '\n') {
					truncate(channel, size, end - length + i + 1);
					return;
				}
			}
			end -= length;
		}
		truncate(channel, size, 0);
	}

	/** The head after the last line (the file ends with a line break, or is empty). */
	static ChainHead head(Path file, FileChannel channel) throws IOException {
		long end = channel.size() - 1; // the last line break
		if (end < 0) {
			return ChainHead.empty();
		}
		ByteArrayOutputStream reversed = new ByteArrayOutputStream();
		ByteBuffer block = ByteBuffer.allocate(BLOCK);
		long at = end;
		found : while (at > 0) {
			int length = (int) Math.min(BLOCK, at);
			readFully(channel, block, at - length, length);
			for (int i = length - 1; i >= 0; i--) {
				if (block.get(i) == '\n') {
					break found;
				}
				reversed.write(block.get(i));
				if (reversed.size() > ChainLines.MAX_LINE_BYTES) {
					throw new IOException(file + ": cannot continue the chain: its last line is longer than 1 MiB"
							+ " (run verify to see the damage)");
				}
			}
			at -= length;
		}
		byte[] bytes = reversed.toByteArray();
		for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
			byte swap = bytes[i];
			bytes[i] = bytes[j];
			bytes[j] = swap;
		}
		try {
			String line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			return ChainLines.parse(line).headAfter();
		} catch (CharacterCodingException | IllegalArgumentException e) {
			throw new IOException(file + ": cannot continue the chain: its last line is not a record (" + e.getMessage()
					+ "); run verify to see the damage", e);
		}
	}

	private static void readFully(FileChannel channel, ByteBuffer block, long from, int length) throws IOException {
		block.clear().limit(length);
		while (block.hasRemaining()) {
			if (channel.read(block, from + block.position()) < 0) {
				throw new IOException("the file shrank while being read");
			}
		}
	}

	private static void truncate(FileChannel channel, long size, long newSize) throws IOException {
		if (size > newSize) {
			channel.truncate(newSize);
			channel.force(false);
		}
	}
}
