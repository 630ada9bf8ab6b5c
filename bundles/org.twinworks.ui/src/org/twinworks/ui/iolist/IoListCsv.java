// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.iolist;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.twinworks.core.persistence.AtomicFileWriter;

/** Writes the rows as shown (filtered, sorted) to CSV, RFC 4180 quoting, UTF-8, one header line. */
final class IoListCsv {

	private IoListCsv() {
	}

	static void write(Path file, List<IoListRow> rows) throws IOException {
		AtomicFileWriter.writeWithoutBackup(file, out -> {
			Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
			line(writer, List.of(IoListColumns.headers()).subList(0, IoListColumns.FIRST_LIVE));
			for (IoListRow row : rows) {
				line(writer, IoListColumns.ALL.subList(0, IoListColumns.FIRST_LIVE).stream()
						.map(c -> c.value().apply(row)).map(v -> v == null ? "" : v.toString()).toList());
			}
			writer.flush();
		});
	}

	private static void line(Writer writer, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(quote(cells.get(i)));
		}
		writer.write("\r\n");
	}

	static String quote(String value) {
		// a text cell a spreadsheet would run as a formula (=, +, -, @) is exported as text; numbers stay numbers
		String cell = value;
		if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !isNumber(cell)) {
			cell = "'" + cell;
		}
		if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
			return cell;
		}
		return '"' + cell.replace("\"", "\"\"") + '"';
	}

	private static boolean isNumber(String text) {
		try {
			Double.parseDouble(text);
			return true;
		} catch (NumberFormatException e) {
			return false;
		}
	}
}
