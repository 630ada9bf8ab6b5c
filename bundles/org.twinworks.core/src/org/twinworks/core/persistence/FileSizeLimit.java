// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.core.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How large a file may be before it is read at all. A model of a million objects is about 150 MB; a file far
 * larger than any real plant would only exhaust the heap while being parsed, so it is refused up front with a
 * message naming the limit, instead of failing half-way. {@code -Dtwinworks.maxFileSize=<bytes>} changes it.
 */
public final class FileSizeLimit {
	public static final String PROPERTY = "twinworks.maxFileSize";
	public static final long DEFAULT_BYTES = 512L << 20;

	private FileSizeLimit() {
	}

	/** The limit in force: the system property when it is a positive number, else the default. */
	public static long bytes() {
		try {
			long value = Long.parseLong(System.getProperty(PROPERTY, Long.toString(DEFAULT_BYTES)).trim());
			return value > 0 ? value : DEFAULT_BYTES;
		} catch (NumberFormatException e) {
			return DEFAULT_BYTES;
		}
	}

	/** The file's size in bytes, or -1 when it cannot be read (reading it then says why). */
	static long sizeOf(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return -1;
		}
	}

	/** A problem when {@code file} is over the limit; empty when it is not (or cannot be sized: reading says why). */
	public static Optional<FileProblem> check(Path file) {
		long size;
		try {
			size = Files.size(file);
		} catch (IOException e) {
			return Optional.empty();
		}
		long limit = bytes();
		if (size <= limit) {
			return Optional.empty();
		}
		return Optional.of(new FileProblem(FileProblem.Severity.ERROR, file, 0, 0, String.format(Locale.ROOT,
				"the file is %s, over the limit of %s for a model file; not read (raise it with -D%s=<bytes> if the "
						+ "file is meant to be this large)",
				size(size), size(limit), PROPERTY)));
	}

	private static String size(long bytes) {
		return bytes >= 1L << 20 ? String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0) : bytes + " bytes";
	}
}
