// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import would read, before it is run: the detected dialect, which header feeds which field and which
 * headers feed none, and the first rows as the fields see them, each with its problems. A preview never fails on
 * bad rows; only a file that cannot be read at all (too big, no header) throws.
 *
 * @param file the tag list
 * @param dialect the detected (or overridden) dialect
 * @param headerLine the line of the header row
 * @param mapping the column mapping
 * @param rows the first rows
 * @param totalRows how many (non-blank) rows the list has
 * @param warnings what was noticed, each naming the file and line
 */
public record CsvPreview(Path file, CsvDialect dialect, int headerLine, CsvColumnMapping mapping, List<Row> rows,
		int totalRows, List<String> warnings) {

	public CsvPreview {
		rows = List.copyOf(rows);
		warnings = List.copyOf(warnings);
	}

	/** Headers no field reads. */
	public List<String> unmappedHeaders() {
		return mapping.unmappedHeaders();
	}

	/**
	 * One row as the fields see it.
	 *
	 * @param line the physical line its record starts on
	 * @param cells each mapped field's cell (trimmed; empty cells left out)
	 * @param problems what is wrong with it (empty: it imports)
	 */
	public record Row(int line, Map<CsvField, String> cells, List<String> problems) {

		public Row {
			cells = Collections.unmodifiableMap(cells.isEmpty() ? Map.of() : new EnumMap<>(cells));
			problems = List.copyOf(problems);
		}
	}
}
