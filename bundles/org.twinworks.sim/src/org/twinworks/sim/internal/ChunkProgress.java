// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import io.netty.buffer.ByteBuf;

/**
 * Follows the UA-TCP framing of one connection's inbound bytes (an 8-byte header whose last four bytes, little
 * endian, give the chunk's whole size) to know when a chunk has started and not yet ended. Milo waits for the rest
 * of a chunk for as long as the connection lasts; the guard uses this to close connections that stall inside one.
 * It only reads: the bytes go on to Milo unchanged, which still validates every header itself.
 */
public final class ChunkProgress {
	private static final int HEADER = 8;

	private final byte[] header = new byte[HEADER];
	private int headerBytes;
	private long remaining;
	private long startedNanos;

	/** Accounts for bytes that arrived at {@code nowNanos}; does not move the buffer's reader index. */
	public void arrived(ByteBuf bytes, long nowNanos) {
		int index = bytes.readerIndex();
		int end = bytes.writerIndex();
		while (index < end) {
			if (headerBytes == 0 && remaining == 0) {
				startedNanos = nowNanos;
			}
			if (headerBytes < HEADER) {
				header[headerBytes++] = bytes.getByte(index++);
				if (headerBytes == HEADER) {
					long size = (header[4] & 0xFFL) | (header[5] & 0xFFL) << 8 | (header[6] & 0xFFL) << 16
							| (header[7] & 0xFFL) << 24;
					remaining = Math.max(0, size - HEADER); // a nonsense size is Milo's to refuse
					if (remaining == 0) {
						headerBytes = 0;
					}
				}
				continue;
			}
			int taken = (int) Math.min(remaining, end - index);
			index += taken;
			remaining -= taken;
			if (remaining == 0) {
				headerBytes = 0;
			}
		}
	}

	/** Whether a chunk has been arriving for longer than {@code limitNanos} without being complete. */
	public boolean stalled(long nowNanos, long limitNanos) {
		return (headerBytes > 0 || remaining > 0) && nowNanos - startedNanos > limitNanos;
	}
}
