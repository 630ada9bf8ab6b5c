// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.core.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Finds where a file stops being UTF-8, so a wrongly encoded model is reported at its line and column. */
final class Utf8Check {
	private Utf8Check() {
	}

	/** The first invalid byte sequence, or null when the file decodes (or cannot be read). */
	static @Nullable FileProblem firstInvalid(Path file) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.allocate(1 << 16);
		CharBuffer out = CharBuffer.allocate(1 << 16);
		int line = 1;
		int column = 1;
		try (InputStream stream = Files.newInputStream(file)) {
			boolean end = false;
			while (!end) {
				int read = stream.read(in.array(), in.position(), in.remaining());
				end = read < 0;
				if (!end) {
					in.position(in.position() + read);
				}
				in.flip();
				CoderResult result = decoder.decode(in, out, end);
				out.flip();
				while (out.hasRemaining()) {
					if (out.get() == '\n') {
						line++;
						column = 1;
					} else {
						column++;
					}
				}
				out.clear();
				if (result.isError()) {
					int bad = in.get(in.position()) & 0xFF;
					return new FileProblem(FileProblem.Severity.ERROR, file, line, column, String.format(
							"the file is not UTF-8: byte 0x%02X here does not start a valid character. Save the file"
									+ " as UTF-8 (a model written by another tool may have used Latin-1 or Windows-1252)",
							bad));
				}
				in.compact();
			}
		} catch (IOException e) {
			return null;
		}
		return null;
	}
}
