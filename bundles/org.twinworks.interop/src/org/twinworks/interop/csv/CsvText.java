// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * A tag list's bytes as text. A byte order mark decides the encoding; without one, text that decodes as strict
 * UTF-8 is UTF-8 and anything else is taken as windows-1252 (what Excel and most engineering tools write on Western
 * European Windows).
 */
record CsvText(String text, Charset charset, boolean byteOrderMark) {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	static byte[] readBounded(Path file, CsvLimits limits) throws IOException, CsvImportException {
		long size = Files.size(file);
		if (size > limits.maxBytes()) {
			throw CsvImportException.of(file.toString(), 0,
					"the file has " + size + " bytes; a tag list may have at most " + limits.maxBytes());
		}
		try (InputStream in = Files.newInputStream(file)) {
			// read at most one byte more than allowed, in case the file grew since it was measured
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
			if (bytes.length > limits.maxBytes()) {
				throw CsvImportException.of(file.toString(), 0,
						"the file has more than " + limits.maxBytes() + " bytes, the most a tag list may have");
			}
			return bytes;
		}
	}

	static CsvText decode(byte[] bytes, @Nullable Charset forced, String file) throws CsvImportException {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new CsvText(strict(bytes, 3, StandardCharsets.UTF_8, file), StandardCharsets.UTF_8, true);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new CsvText(strict(bytes, 2, StandardCharsets.UTF_16LE, file), StandardCharsets.UTF_16LE, true);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new CsvText(strict(bytes, 2, StandardCharsets.UTF_16BE, file), StandardCharsets.UTF_16BE, true);
		}
		if (forced != null) {
			return new CsvText(new String(bytes, forced), forced, false);
		}
		String utf8 = tryStrict(bytes, 0, StandardCharsets.UTF_8);
		return utf8 != null
				? new CsvText(utf8, StandardCharsets.UTF_8, false)
				: new CsvText(new String(bytes, WINDOWS_1252), WINDOWS_1252, false);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String strict(byte[] bytes, int offset, Charset charset, String file) throws CsvImportException {
		CsvImportException[] failure = new CsvImportException[1];
		String text = decodeStrict(bytes, offset, charset,
				(position) -> failure[0] = CsvImportException.of(file, lineAt(bytes, position),
						"the file starts with a " + charset.name() + " byte order mark but is not " + charset.name()
								+ " at byte " + position));
		if (text == null) {
			throw failure[0];
		}
		return text;
	}

	private static @Nullable String tryStrict(byte[] bytes, int offset, Charset charset) {
		return decodeStrict(bytes, offset, charset, position -> {
		});
	}

	private interface Malformed {
		void at(int position);
	}

	private static @Nullable String decodeStrict(byte[] bytes, int offset, Charset charset, Malformed malformed) {
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			malformed.at(in.position());
			return null;
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	/** The line a byte is on, counting LF (an approximation for messages about undecodable files). */
	private static int lineAt(byte[] bytes, int position) {
		int line = 1;
		for (int i = 0; i < position && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}
}
