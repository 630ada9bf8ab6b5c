// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Access;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.rules.NodeIds;

/**
 * Turns one record into a {@link CsvTagRow}, reporting every problem of the row (a row with problems gives no
 * row). Cells are trimmed; an empty cell leaves its attribute unset.
 */
final class CsvRowReader {
	private static final Map<CsvField, AlarmKind> LIMITS = Map.of(CsvField.LIMIT_LL, AlarmKind.LOW_LOW,
			CsvField.LIMIT_L, AlarmKind.LOW, CsvField.LIMIT_H, AlarmKind.HIGH, CsvField.LIMIT_HH, AlarmKind.HIGH_HIGH);

	/** Where a row's problems go. */
	interface Problems {
		void add(int line, String message);
	}

	private final CsvColumnMapping mapping;
	private final char decimalSeparator;

	CsvRowReader(CsvColumnMapping mapping, char decimalSeparator) {
		this.mapping = mapping;
		this.decimalSeparator = decimalSeparator;
	}

	/** The row, or null when it has problems (each reported). */
	@Nullable
	CsvTagRow read(CsvParser.Record record, Problems problems) {
		int line = record.line();
		List<String> cells = record.cells();
		int[] found = {0};
		Problems counting = (l, message) -> {
			found[0]++;
			problems.add(l, message);
		};
		extraCells(record, counting);
		String tag = cell(cells, CsvField.TAG);
		if (tag == null) {
			counting.add(line, "the tag (column '" + mapping.headerOf(CsvField.TAG) + "') is empty");
		}
		SignalDirection direction = word(cells, CsvField.DIRECTION, CsvVocabulary::direction, line, counting,
				"direction", "Input, Output or Internal");
		SignalDataType type = word(cells, CsvField.DATA_TYPE, CsvVocabulary::dataType, line, counting, "data type",
				"Boolean, Int32, Float, Double, String... or a PLC type like BOOL, INT, REAL");
		Access access = word(cells, CsvField.ACCESS, CsvVocabulary::access, line, counting, "access",
				"Read or ReadWrite");
		CsvUnit unit = unit(cells, line, counting);
		Double low = number(cells, CsvField.RANGE_LOW, line, counting);
		Double high = number(cells, CsvField.RANGE_HIGH, line, counting);
		if (low != null && high != null && low > high) {
			counting.add(line, "range low " + low + " is above range high " + high);
		}
		Map<AlarmKind, Double> limits = new EnumMap<>(AlarmKind.class);
		for (Map.Entry<CsvField, AlarmKind> limit : LIMITS.entrySet()) {
			Double value = number(cells, limit.getKey(), line, counting);
			if (value != null) {
				limits.put(limit.getValue(), value);
			}
		}
		String nodeId = cell(cells, CsvField.NODE);
		if (nodeId != null) {
			try {
				NodeIds.parse(nodeId);
			} catch (NodeIds.InvalidNodeIdException e) {
				counting.add(line, "bad node id (column '" + mapping.headerOf(CsvField.NODE) + "'): " + e.getMessage());
			}
		}
		String states = cell(cells, CsvField.STATES);
		if (found[0] > 0 || tag == null) {
			return null;
		}
		return new CsvTagRow(line, tag, cell(cells, CsvField.DESCRIPTION), cell(cells, CsvField.NOTES),
				cell(cells, CsvField.AREA), cell(cells, CsvField.EQUIPMENT), cell(cells, CsvField.ENDPOINT), direction,
				type, unit, low, high, limits, nodeId, access, cell(cells, CsvField.NOMINAL),
				states == null ? List.of() : CsvCells.parseStates(states));
	}

	private void extraCells(CsvParser.Record record, Problems problems) {
		List<String> cells = record.cells();
		for (int i = mapping.headers().size(); i < cells.size(); i++) {
			if (!cells.get(i).isBlank()) {
				problems.add(record.line(), "the row has " + cells.size() + " cells but the header only "
						+ mapping.headers().size() + " (is a delimiter in an unquoted cell?)");
				return;
			}
		}
	}

	/** The trimmed cell of a field without the writer's formula guard; null when empty or not mapped. */
	@Nullable
	String cell(List<String> cells, CsvField field) {
		int column = mapping.column(field);
		if (column < 0 || column >= cells.size()) {
			return null;
		}
		String cell = CsvCells.unguard(cells.get(column).strip());
		return cell.isEmpty() ? null : cell;
	}

	private interface Vocabulary<T> {
		@Nullable
		T lookUp(String word);
	}

	private <T> @Nullable T word(List<String> cells, CsvField field, Vocabulary<T> vocabulary, int line,
			Problems problems, String what, String expected) {
		String cell = cell(cells, field);
		if (cell == null) {
			return null;
		}
		T value = vocabulary.lookUp(cell);
		if (value == null) {
			problems.add(line, "unknown " + what + " '" + cell + "' (column '" + mapping.headerOf(field)
					+ "'; expected " + expected + ")");
		}
		return value;
	}

	private @Nullable CsvUnit unit(List<String> cells, int line, Problems problems) {
		try {
			return CsvUnit.of(cell(cells, CsvField.UNIT), cell(cells, CsvField.UNIT_CODE));
		} catch (IllegalArgumentException e) {
			problems.add(line, e.getMessage());
			return null;
		}
	}

	private @Nullable Double number(List<String> cells, CsvField field, int line, Problems problems) {
		String cell = cell(cells, field);
		if (cell == null) {
			return null;
		}
		try {
			return CsvCells.parseNumber(cell, decimalSeparator);
		} catch (NumberFormatException e) {
			problems.add(line, "'" + cell + "' in column '" + mapping.headerOf(field) + "' is not a number"
					+ (decimalSeparator == ',' ? " (with a decimal comma)" : " (with a decimal point)"));
			return null;
		}
	}
}
