// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.twinworks.sim.internal.ChunkProgress;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/** The guard's view of UA-TCP framing: a chunk is unfinished from its first byte until its declared size arrived. */
class ChunkProgressTest {
	private static final long SECOND = 1_000_000_000L;

	@Test
	void aCompleteChunkIsNeverStalled() {
		ChunkProgress progress = new ChunkProgress();
		ByteBuf chunk = chunk(100);
		progress.arrived(chunk, 0);
		assertFalse(progress.stalled(60 * SECOND, SECOND));
		assertEquals(0, chunk.readerIndex(), "the guard reads without consuming");
	}

	@Test
	void aChunkSplitAnywhereIsStalledOnlyUntilItsLastByte() {
		byte[] bytes = bytes(chunk(100));
		for (int split = 1; split < bytes.length; split++) {
			ChunkProgress progress = new ChunkProgress();
			progress.arrived(Unpooled.wrappedBuffer(Arrays.copyOfRange(bytes, 0, split)), 0);
			assertFalse(progress.stalled(SECOND / 2, SECOND), "within the deadline, split at " + split);
			assertTrue(progress.stalled(2 * SECOND, SECOND), "past the deadline, split at " + split);
			progress.arrived(Unpooled.wrappedBuffer(Arrays.copyOfRange(bytes, split, bytes.length)), 2 * SECOND);
			assertFalse(progress.stalled(10 * SECOND, SECOND), "complete, split at " + split);
		}
	}

	@Test
	void theClockStartsWithEachChunk() {
		ChunkProgress progress = new ChunkProgress();
		byte[] first = bytes(chunk(50));
		byte[] second = bytes(chunk(80));
		byte[] both = new byte[first.length + 20];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, 20);
		progress.arrived(Unpooled.wrappedBuffer(both), 0); // one read: a whole chunk and the start of the next
		assertTrue(progress.stalled(2 * SECOND, SECOND));
		progress.arrived(Unpooled.wrappedBuffer(Arrays.copyOfRange(second, 20, second.length)), 3 * SECOND);
		progress.arrived(Unpooled.wrappedBuffer(Arrays.copyOfRange(first, 0, 4)), 5 * SECOND);
		assertFalse(progress.stalled(5 * SECOND + SECOND / 2, SECOND), "a new chunk's clock starts at its first byte");
		assertTrue(progress.stalled(7 * SECOND, SECOND));
	}

	/** A UA-TCP MSG chunk of {@code size} bytes in all, header included. */
	private static ByteBuf chunk(int size) {
		ByteBuffer chunk = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
		chunk.put("MSGF".getBytes(StandardCharsets.US_ASCII)).putInt(size);
		return Unpooled.wrappedBuffer(chunk.array());
	}

	private static byte[] bytes(ByteBuf buffer) {
		byte[] bytes = new byte[buffer.readableBytes()];
		buffer.getBytes(buffer.readerIndex(), bytes);
		return bytes;
	}
}
