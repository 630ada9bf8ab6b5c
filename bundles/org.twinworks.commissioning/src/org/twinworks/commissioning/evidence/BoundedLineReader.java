// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.evidence;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * Lines of bytes, each at most {@code maxBytes} long in memory: a longer line is reported, not kept, so that a
 * damaged or hostile file cannot exhaust the heap. One line can be looked at ahead.
 */
final class BoundedLineReader implements Closeable {

	/** A line without its line break; {@code terminated} is false for a last line with none (torn by a crash). */
	record Line(byte[] bytes, boolean terminated, boolean tooLong) {
	}

	private final InputStream in;
	private final int maxBytes;
	private final byte[] buffer = new byte[1 << 16];
	private int position;
	private int limit;
	private byte[] line = new byte[4096];
	private @Nullable Line peeked;

	BoundedLineReader(InputStream in, int maxBytes) {
		this.in = in;
		this.maxBytes = maxBytes;
	}

	/** The next line, or null at the end. */
	@Nullable
	Line next() throws IOException {
		if (peeked != null) {
			Line result = peeked;
			peeked = null;
			return result;
		}
		return read();
	}

	/** The line {@link #next()} will return, without taking it. */
	@Nullable
	Line peek() throws IOException {
		if (peeked == null) {
			peeked = read();
		}
		return peeked;
	}

	private @Nullable Line read() throws IOException {
		int length = 0;
		boolean tooLong = false;
		boolean any = false;
		while (true) {
			if (position == limit) {
				limit = in.read(buffer);
				position = 0;
				if (limit <= 0) {
					limit = 0;
					return any ? new Line(Arrays.copyOf(line, length), false, tooLong) : null;
				}
			}
			any = true;
			int end = position;
			while (end < limit && buffer[end] != '\n') {
				end++;
			}
			int chunk = end - position;
			if (!tooLong) {
				if (length + chunk > maxBytes) {
					tooLong = true; // keep scanning to the line break, but keep nothing more
				} else {
					if (length + chunk > line.length) {
						line = Arrays.copyOf(line, Math.min(maxBytes, Math.max(line.length * 2, length + chunk)));
					}
					System.arraycopy(buffer, position, line, length, chunk);
					length += chunk;
				}
			}
			position = end;
			if (end < limit) {
				position++;
				return new Line(tooLong ? new byte[0] : Arrays.copyOf(line, length), true, tooLong);
			}
		}
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
