// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

/**
 * How much of a tag list is read at most, so that a wrong file (a database dump, a binary) is refused with a clear
 * message instead of filling the heap.
 *
 * @param maxBytes the largest file read
 * @param maxRows the most records (header included)
 * @param maxCellLength the longest cell, in characters
 */
public record CsvLimits(long maxBytes, int maxRows, int maxCellLength) {

	/** 64 MB, 500,000 rows, 4,096 characters a cell: far above real tag lists. */
	public static final CsvLimits DEFAULT = new CsvLimits(64L << 20, 500_000, 4096);

	public CsvLimits {
		if (maxBytes <= 0 || maxRows <= 0 || maxCellLength <= 0) {
			throw new IllegalArgumentException("limits must be positive");
		}
	}
}
