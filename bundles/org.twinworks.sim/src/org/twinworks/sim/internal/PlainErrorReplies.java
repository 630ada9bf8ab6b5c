// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.nio.charset.StandardCharsets;

import org.eclipse.milo.opcua.stack.core.StatusCodes;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

/**
 * Rewrites the reason of a UA-TCP Error message (ERR) to the status code's name and the specification's text for
 * it. Milo puts the message of whatever exception ended the connection there, Java class names and internals
 * included: a client learns nothing useful from it and an attacker learns how the server is built. The original
 * reason stays in our log.
 */
public final class PlainErrorReplies {
	private static final int HEADER = 8;

	private PlainErrorReplies() {
	}

	/** Whether {@code bytes} (unread part) is an ERR message: "ERRF" and a size. */
	public static boolean isError(ByteBuf bytes) {
		int at = bytes.readerIndex();
		return bytes.readableBytes() >= HEADER + 4 && bytes.getByte(at) == 'E' && bytes.getByte(at + 1) == 'R'
				&& bytes.getByte(at + 2) == 'R' && bytes.getByte(at + 3) == 'F';
	}

	public static long statusCode(ByteBuf error) {
		return error.getUnsignedIntLE(error.readerIndex() + HEADER);
	}

	/** The reason as sent, or null when the message has none or it cannot be read. */
	public static String reason(ByteBuf error) {
		int at = error.readerIndex() + HEADER + 4;
		if (error.writerIndex() - at < 4) {
			return null;
		}
		int length = error.getIntLE(at);
		if (length < 0 || length > error.writerIndex() - at - 4) {
			return null;
		}
		return error.toString(at + 4, length, StandardCharsets.UTF_8);
	}

	/** A new ERR with the same status code and a reason from the specification. */
	public static ByteBuf plain(ByteBuf error, ByteBufAllocator allocator) {
		long code = statusCode(error);
		byte[] reason = describe(code).getBytes(StandardCharsets.UTF_8);
		ByteBuf plain = allocator.buffer(HEADER + 8 + reason.length);
		plain.writeByte('E').writeByte('R').writeByte('R').writeByte('F');
		plain.writeIntLE(HEADER + 8 + reason.length);
		plain.writeIntLE((int) code);
		plain.writeIntLE(reason.length);
		plain.writeBytes(reason);
		return plain;
	}

	static String describe(long code) {
		return StatusCodes.lookup(code).map(names -> names[0] + ": " + names[1]).orElse(String.format("0x%08X", code));
	}
}
