// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import java.nio.file.Path;
import java.util.List;

/**
 * A tag list read and checked completely: every row parsed, no problems.
 *
 * @param file where it was read from
 * @param dialect how it was written
 * @param mapping which column fed which field
 * @param rows the signals, in file order
 * @param warnings what was noticed but did not stop the import, each naming the file and line
 */
public record CsvTagList(Path file, CsvDialect dialect, CsvColumnMapping mapping, List<CsvTagRow> rows,
		List<String> warnings) {

	public CsvTagList {
		rows = List.copyOf(rows);
		warnings = List.copyOf(warnings);
	}
}
