// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.core.persistence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Bounds the length of any one attribute value or text run while a file is parsed: bytes between two XML
 * delimiters ({@code < > " '}). The parser would otherwise build one string of whatever size the file holds (a
 * 400 MB description is still under the file size limit), so a file with such a value is refused at its line,
 * before the string exists. {@code -Dtwinworks.maxValueLength=<bytes>} changes the limit (16 MiB by default,
 * far above any description, unit list or notation a plant has).
 */
public final class ValueLengthLimit extends FilterInputStream {
	public static final String PROPERTY = "twinworks.maxValueLength";
	public static final long DEFAULT_BYTES = 16L << 20;

	/** The failure the parser passes up: where the value starts being too long. */
	public static final class ValueTooLongException extends IOException {
		private static final long serialVersionUID = 1L;
		private final int line;

		ValueTooLongException(int line, long limit) {
			super(String.format(Locale.ROOT,
					"a value or text runs over %,d bytes (-D%s=<bytes> raises the limit);" + " not read", limit,
					PROPERTY));
			this.line = line;
		}

		public int line() {
			return line;
		}
	}

	private final long limit;
	private long run;
	private int line = 1;
	private int runStartLine = 1;

	public ValueLengthLimit(InputStream in) {
		super(in);
		this.limit = limit();
	}

	/** The limit in force: the system property when it is a positive number, else the default. */
	public static long limit() {
		try {
			long value = Long.parseLong(System.getProperty(PROPERTY, Long.toString(DEFAULT_BYTES)).trim());
			return value > 0 ? value : DEFAULT_BYTES;
		} catch (NumberFormatException e) {
			return DEFAULT_BYTES;
		}
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			account((byte) b);
		}
		return b;
	}

	@Override
	public int read(byte[] bytes, int offset, int length) throws IOException {
		int read = super.read(bytes, offset, length);
		// locals in the loop: this runs over every byte of every model that is opened
		long currentRun = run;
		int currentLine = line;
		int startLine = runStartLine;
		for (int i = offset; i < offset + read; i++) {
			byte b = bytes[i];
			if (b == '<' || b == '>' || b == '"' || b == '\'') {
				currentRun = 0;
				startLine = currentLine;
			} else if (++currentRun > limit) {
				throw new ValueTooLongException(startLine, limit);
			}
			if (b == '\n') {
				currentLine++;
			}
		}
		run = currentRun;
		line = currentLine;
		runStartLine = startLine;
		return read;
	}

	private void account(byte b) throws ValueTooLongException {
		if (b == '<' || b == '>' || b == '"' || b == '\'') {
			run = 0;
			runStartLine = line;
		} else if (++run > limit) {
			throw new ValueTooLongException(runStartLine, limit);
		}
		if (b == '\n') {
			line++;
		}
	}
}
