// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How values become cells and back, the same way in the writer and the reader so that a round trip is lossless:
 * the formula guard (a text cell a spreadsheet would run as a formula gets a leading {@code '}, which the reader
 * takes off again), numbers, and the {@code |}-separated states of an enumeration.
 */
final class CsvCells {
	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
	private static final String FORMULA_STARTS = "=+-@";

	private CsvCells() {
	}

	/**
	 * The cell as written: text starting with {@code = + - @} (not a number) gets a leading {@code '} so
	 * spreadsheets show it as text; so does text that already starts with {@code '} followed by one of those or by
	 * another {@code '}, so that {@link #unguard} gives every value back exactly.
	 */
	static String guard(String value) {
		if (value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		boolean formula = FORMULA_STARTS.indexOf(first) >= 0 && !NUMBER.matcher(value).matches();
		return formula || (first == '\'' && guarded(value)) ? "'" + value : value;
	}

	/** The value of a cell the writer guarded: one leading {@code '} before {@code = + - @ '} is taken off. */
	static String unguard(String cell) {
		return cell.length() > 1 && cell.charAt(0) == '\'' && guarded(cell) ? cell.substring(1) : cell;
	}

	private static boolean guarded(String cell) {
		return cell.length() > 1 && (FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 || cell.charAt(1) == '\'');
	}

	/** RFC 4180: quoted when it holds the delimiter, a quote or a line break. */
	static String quote(String cell, char delimiter) {
		for (int i = 0; i < cell.length(); i++) {
			char c = cell.charAt(i);
			if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
				return '"' + cell.replace("\"", "\"\"") + '"';
			}
		}
		return cell;
	}

	/** Java's shortest exact form (0.0, 500.0, 1.0E-4): reads back to the same double. */
	static String number(@Nullable Double value) {
		return value == null ? "" : Double.toString(value);
	}

	/**
	 * A number with the given decimal separator; exponents allowed, grouping not.
	 *
	 * @throws NumberFormatException when it is not one
	 */
	static double parseNumber(String cell, char decimalSeparator) {
		String text = cell;
		if (decimalSeparator == ',') {
			if (text.indexOf('.') >= 0) {
				throw new NumberFormatException();
			}
			text = text.replace(',', '.');
		}
		if (!NUMBER.matcher(text).matches()) {
			throw new NumberFormatException();
		}
		return Double.parseDouble(text);
	}

	/** Whether a cell reads as a number with a decimal comma (1,5) or a decimal point (1.5), for detection. */
	static int decimalVote(String cell) {
		String text = cell.strip();
		int comma = text.indexOf(',');
		int point = text.indexOf('.');
		if (comma >= 0 && point < 0 && NUMBER.matcher(text.replace(',', '.')).matches()) {
			return -1;
		}
		if (point >= 0 && comma < 0 && NUMBER.matcher(text).matches()) {
			return 1;
		}
		return 0;
	}

	/** States joined by {@code |}; a {@code |} or {@code \} inside a state is escaped with {@code \}. */
	static String states(List<String> states) {
		StringBuilder out = new StringBuilder();
		for (String state : states) {
			if (!out.isEmpty()) {
				out.append('|');
			}
			out.append(state.replace("\\", "\\\\").replace("|", "\\|"));
		}
		return out.toString();
	}

	static List<String> parseStates(String cell) {
		List<String> states = new ArrayList<>();
		StringBuilder state = new StringBuilder();
		for (int i = 0; i < cell.length(); i++) {
			char c = cell.charAt(i);
			if (c == '\\' && i + 1 < cell.length()) {
				state.append(cell.charAt(++i));
			} else if (c == '|') {
				states.add(state.toString().strip());
				state.setLength(0);
			} else {
				state.append(c);
			}
		}
		states.add(state.toString().strip());
		return states;
	}
}
