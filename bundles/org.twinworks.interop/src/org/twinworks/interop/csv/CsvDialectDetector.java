// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses the delimiter and the decimal separator. The delimiter is the candidate that splits the first records
 * into the same number of cells most consistently (more cells winning); the decimal separator is what the numeric
 * columns' cells use (1,5 or 1.5), a point when they do not tell.
 */
final class CsvDialectDetector {
	private static final char[] DELIMITERS = {',', ';', '\t'};
	private static final int SAMPLE_CHARS = 1 << 16;
	private static final int SAMPLE_RECORDS = 30;

	private CsvDialectDetector() {
	}

	static char delimiter(String text) {
		boolean cut = text.length() > SAMPLE_CHARS;
		String sample = cut ? text.substring(0, SAMPLE_CHARS) : text;
		char best = ',';
		double bestScore = 0;
		for (char candidate : DELIMITERS) {
			List<CsvParser.Record> records = CsvParser.sample(sample, candidate, SAMPLE_RECORDS).stream()
					.filter(r -> !r.isBlank()).toList();
			if (cut && records.size() > 1) {
				records = records.subList(0, records.size() - 1); // the last one may be cut short
			}
			double score = score(records);
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return best;
	}

	/** The most common cell count times the share of records that have it; 0 when records do not split. */
	private static double score(List<CsvParser.Record> records) {
		if (records.isEmpty()) {
			return 0;
		}
		Map<Integer, Integer> counts = new HashMap<>();
		for (CsvParser.Record record : records) {
			counts.merge(record.cells().size(), 1, Integer::sum);
		}
		Map.Entry<Integer, Integer> mode = counts.entrySet().stream()
				.max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
				.orElseThrow();
		return mode.getKey() < 2 ? 0 : mode.getKey() * (mode.getValue() / (double) records.size());
	}

	static char decimalSeparator(List<CsvParser.Record> records, int[] numericColumns) {
		int votes = 0;
		for (CsvParser.Record record : records) {
			for (int column : numericColumns) {
				if (column >= 0 && column < record.cells().size()) {
					votes += CsvCells.decimalVote(record.cells().get(column));
				}
			}
		}
		return votes < 0 ? ',' : '.';
	}
}
