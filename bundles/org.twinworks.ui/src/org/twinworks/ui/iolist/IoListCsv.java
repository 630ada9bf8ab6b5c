// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.iolist;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.twinworks.interop.csv.CsvTagListWriter;
import org.twinworks.model.Binding;
import org.twinworks.model.Signal;

/**
 * Writes the rows as shown (filtered, sorted) as a tag list: the format File > Import reads back (see
 * {@link CsvTagListWriter}), so an exported I/O list re-imports without loss.
 */
final class IoListCsv {

	private IoListCsv() {
	}

	static void write(Path file, List<IoListRow> rows) throws IOException {
		Map<Signal, Binding> bindings = new HashMap<>();
		for (IoListRow row : rows) {
			if (row.binding() != null) {
				bindings.put(row.signal(), row.binding());
			}
		}
		CsvTagListWriter.write(file, rows.stream().map(IoListRow::signal).toList(), bindings::get);
	}
}
