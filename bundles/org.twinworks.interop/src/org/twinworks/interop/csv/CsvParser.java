// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from text: cells in double quotes may hold delimiters, line breaks and doubled quotes. Each
 * record remembers the physical line it starts on (CRLF, LF and CR each end a line, also inside quotes), so that
 * messages name the line an editor shows. Lenient where tools are sloppy: text after a closing quote is kept.
 */
final class CsvParser {

	/** One record: the line it starts on and its cells. */
	record Record(int line, List<String> cells) {

		boolean isBlank() {
			for (String cell : cells) {
				if (!cell.isBlank()) {
					return false;
				}
			}
			return true;
		}
	}

	private final String text;
	private final char delimiter;
	private final CsvLimits limits;
	private final String file;
	private final StringBuilder quoted = new StringBuilder();
	private int position;
	private int line = 1;

	private CsvParser(String text, char delimiter, CsvLimits limits, String file) {
		this.text = text;
		this.delimiter = delimiter;
		this.limits = limits;
		this.file = file;
	}

	static List<Record> parse(String text, char delimiter, CsvLimits limits, String file) throws CsvImportException {
		return new CsvParser(text, delimiter, limits, file).records(Integer.MAX_VALUE);
	}

	/** The first records of a sample, for dialect detection: an unclosed quote at the sample's end is no error. */
	static List<Record> sample(String text, char delimiter, int records) {
		CsvParser parser = new CsvParser(text, delimiter, new CsvLimits(Long.MAX_VALUE, records + 1, Integer.MAX_VALUE),
				"");
		List<Record> sample = new ArrayList<>();
		try {
			parser.records(records, sample);
		} catch (CsvImportException e) {
			// the records before the unclosed quote still tell the delimiter
		}
		return sample;
	}

	private List<Record> records(int most) throws CsvImportException {
		List<Record> records = new ArrayList<>();
		records(most, records);
		return records;
	}

	private void records(int most, List<Record> records) throws CsvImportException {
		while (position < text.length() && records.size() < most) {
			if (records.size() >= limits.maxRows()) {
				throw CsvImportException.of(file, line,
						"the file has more than " + limits.maxRows() + " rows, the most a tag list may have");
			}
			records.add(record());
		}
	}

	private Record record() throws CsvImportException {
		int start = line;
		List<String> cells = new ArrayList<>();
		while (true) {
			String cell = cell();
			if (cell.length() > limits.maxCellLength()) {
				throw CsvImportException.of(file, start, "cell " + (cells.size() + 1) + " has " + cell.length()
						+ " characters; a cell may have at most " + limits.maxCellLength());
			}
			cells.add(cell);
			if (position >= text.length()) {
				return new Record(start, cells);
			}
			char c = text.charAt(position++);
			if (c != delimiter) {
				if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
					position++;
				}
				line++;
				return new Record(start, cells);
			}
		}
	}

	/** One cell; leaves the position on the delimiter or line break that ends it. */
	private String cell() throws CsvImportException {
		if (position < text.length() && text.charAt(position) == '"') {
			return quotedCell();
		}
		int from = position;
		position = endOfCell(position);
		return text.substring(from, position);
	}

	private String quotedCell() throws CsvImportException {
		int quoteLine = line;
		quoted.setLength(0);
		position++;
		while (true) {
			if (position >= text.length()) {
				throw CsvImportException.of(file, quoteLine, "a quoted cell is not closed (a \" is missing)");
			}
			char c = text.charAt(position++);
			if (c == '"') {
				if (position < text.length() && text.charAt(position) == '"') {
					quoted.append('"');
					position++;
					continue;
				}
				break;
			}
			if (c == '\n' || (c == '\r' && (position >= text.length() || text.charAt(position) != '\n'))) {
				line++;
			}
			quoted.append(c);
			if (quoted.length() > limits.maxCellLength()) {
				throw CsvImportException.of(file, quoteLine,
						"a quoted cell has more than " + limits.maxCellLength() + " characters (is a \" missing?)");
			}
		}
		int end = endOfCell(position);
		quoted.append(text, position, end);
		position = end;
		return quoted.toString();
	}

	private int endOfCell(int from) {
		int i = from;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == delimiter || c == '\n' || c == '\r') {
				break;
			}
			i++;
		}
		return i;
	}
}
