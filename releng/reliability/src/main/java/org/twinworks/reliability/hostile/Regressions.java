// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Keeps the inputs that found defects: one per parser and key (exception type + the product frame that threw), the
 * smallest seen, as {@code <folder>/<parser>/<key>.<ext>} beside a {@code .txt} with the key and the stack trace.
 */
final class Regressions {
	private final Path folder;
	private final Map<String, Integer> kept = new HashMap<>();

	Regressions(Path folder) {
		this.folder = folder;
	}

	/** Keeps {@code input} if it is the first or smallest for its key; the file it is kept in, or null. */
	@Nullable
	Path keep(Parser parser, Outcome outcome, byte[] input) throws IOException {
		String id = parser.name() + "/" + slug(outcome.key());
		Integer size = kept.get(id);
		Path file = folder.resolve(id + parser.extension());
		if (size != null && size <= input.length) {
			return null;
		}
		kept.put(id, input.length);
		Files.createDirectories(file.getParent());
		Files.write(file, input);
		Files.writeString(folder.resolve(id + ".txt"),
				outcome.key() + "\n\n" + (outcome.detail() == null ? "" : outcome.detail()), StandardCharsets.UTF_8);
		return size == null ? file : null;
	}

	/** A file name from a key: "NullPointerException at org.twinworks.x.Y.m" becomes "NullPointerException-Y.m". */
	static String slug(String key) {
		String slug = key.replaceAll("org\\.twinworks\\.(\\w+\\.)*", "").replaceAll("[^A-Za-z0-9.]+", "-");
		return slug.length() > 80 ? slug.substring(0, 80) : slug;
	}
}
