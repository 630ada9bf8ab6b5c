// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Which column feeds which field: guessed from the headers (see {@link CsvField}'s synonyms) unless a mapping file
 * says otherwise.
 *
 * @param headers the header row as read
 * @param columns each mapped field's column index into {@code headers}
 */
public record CsvColumnMapping(List<String> headers, Map<CsvField, Integer> columns) {

	public CsvColumnMapping {
		headers = List.copyOf(headers);
		columns = Collections.unmodifiableMap(columns.isEmpty() ? Map.of() : new EnumMap<>(columns));
	}

	/** The column a field reads from, or -1. */
	public int column(CsvField field) {
		return columns.getOrDefault(field, -1);
	}

	public boolean has(CsvField field) {
		return columns.containsKey(field);
	}

	/** The header a field reads from, or null. */
	public @Nullable String headerOf(CsvField field) {
		Integer column = columns.get(field);
		return column == null ? null : headers.get(column);
	}

	/** Headers no field reads: shown in the preview so the user can map them. */
	public List<String> unmappedHeaders() {
		List<String> unmapped = new ArrayList<>();
		for (int i = 0; i < headers.size(); i++) {
			if (!columns.containsValue(i) && !headers.get(i).isBlank()) {
				unmapped.add(headers.get(i));
			}
		}
		return unmapped;
	}

	/**
	 * The mapping of a header row: the mapping file's fields first (a header it names that is not in the row is an
	 * error), then each other field guessed from the headers left.
	 */
	static CsvColumnMapping of(List<String> headers, CsvMappingFile file, String csvName) throws CsvImportException {
		Map<CsvField, Integer> columns = new EnumMap<>(CsvField.class);
		boolean[] taken = new boolean[headers.size()];
		for (Map.Entry<CsvField, String> entry : file.fields().entrySet()) {
			if (entry.getValue().isEmpty()) {
				continue;
			}
			int column = find(headers, entry.getValue(), taken);
			if (column < 0) {
				throw CsvImportException.of(csvName, 0, "mapping " + entry.getKey().key() + "=" + entry.getValue()
						+ ": " + csvName + " has no such column; its columns are " + headers);
			}
			columns.put(entry.getKey(), column);
			taken[column] = true;
		}
		for (CsvField field : CsvField.values()) {
			if (columns.containsKey(field) || file.fields().containsKey(field)) {
				continue;
			}
			int column = guess(headers, field, taken);
			if (column >= 0) {
				columns.put(field, column);
				taken[column] = true;
			}
		}
		return new CsvColumnMapping(headers, columns);
	}

	/** Whether a row could be the header: some cell names the tag (by the mapping file or a synonym). */
	static boolean looksLikeHeader(List<String> cells, CsvMappingFile file) {
		String tagHeader = file.fields().get(CsvField.TAG);
		if (tagHeader != null && !tagHeader.isEmpty()) {
			return find(cells, tagHeader, new boolean[cells.size()]) >= 0;
		}
		return guess(cells, CsvField.TAG, new boolean[cells.size()]) >= 0;
	}

	private static int find(List<String> headers, String wanted, boolean[] taken) {
		for (int i = 0; i < headers.size(); i++) {
			if (!taken[i] && headers.get(i).strip().equals(wanted)) {
				return i;
			}
		}
		String normal = CsvField.normalize(wanted);
		for (int i = 0; i < headers.size(); i++) {
			if (!taken[i] && CsvField.normalize(headers.get(i)).equals(normal)) {
				return i;
			}
		}
		return -1;
	}

	private static int guess(List<String> headers, CsvField field, boolean[] taken) {
		List<String> normal = headers.stream().map(CsvField::normalize).toList();
		for (String synonym : field.synonyms()) {
			for (int i = 0; i < normal.size(); i++) {
				if (!taken[i] && normal.get(i).equals(synonym)) {
					return i;
				}
			}
		}
		return -1;
	}
}
