// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Reads a tag list: detects its dialect ({@link CsvDialectDetector}), finds the header row (the first of the first
 * 20 records that names a tag column; rows before it are skipped with a warning), maps the columns
 * ({@link CsvColumnMapping}), parses every row and checks the list as a whole (duplicate tags, equipment in two
 * areas). All or nothing: any problem throws a {@link CsvImportException} listing the first
 * {@value CsvImportException#MAX_PROBLEMS} problems by line and counting all.
 */
public final class CsvTagListReader {
	private static final int HEADER_SEARCH = 20;
	private static final List<CsvField> NUMERIC = List.of(CsvField.RANGE_LOW, CsvField.RANGE_HIGH, CsvField.LIMIT_LL,
			CsvField.LIMIT_L, CsvField.LIMIT_H, CsvField.LIMIT_HH);

	private CsvTagListReader() {
	}

	/** The whole list, checked; throws with every problem found, by line. */
	public static CsvTagList read(Path file, CsvImportOptions options) throws IOException, CsvImportException {
		Layout layout = layout(file, options);
		String name = file.toString();
		List<CsvProblem> problems = new ArrayList<>();
		int[] count = {0};
		CsvRowReader.Problems collect = (line, message) -> {
			count[0]++;
			if (problems.size() < CsvImportException.MAX_PROBLEMS) {
				problems.add(new CsvProblem(line, message));
			}
		};
		CsvRowReader reader = new CsvRowReader(layout.mapping, layout.dialect.decimalSeparator());
		List<CsvTagRow> rows = new ArrayList<>(layout.records.size());
		Map<String, Integer> tags = new HashMap<>();
		Map<String, CsvTagRow> equipmentAreas = new HashMap<>();
		for (CsvParser.Record record : layout.dataRecords()) {
			CsvTagRow row = reader.read(record, collect);
			if (row == null) {
				continue;
			}
			Integer first = tags.putIfAbsent(row.tag(), row.line());
			if (first != null) {
				collect.add(row.line(), "duplicate tag '" + row.tag() + "' (first on line " + first + ")");
				continue;
			}
			if (row.equipment() != null) {
				CsvTagRow placed = equipmentAreas.putIfAbsent(row.equipment(), row);
				if (placed != null && !Objects.equals(placed.area(), row.area())) {
					collect.add(row.line(), "equipment '" + row.equipment() + "' is in area '" + orNone(row.area())
							+ "' here but in area '" + orNone(placed.area()) + "' on line " + placed.line());
				}
			}
			rows.add(row);
		}
		if (count[0] > 0) {
			problems.sort(Comparator.comparingInt(CsvProblem::line));
			throw new CsvImportException(name, problems, count[0]);
		}
		return new CsvTagList(file, layout.dialect, layout.mapping, rows, layout.warnings);
	}

	/** The dialect, the mapping and the first {@code rows} rows with their own problems; never fails on bad rows. */
	public static CsvPreview preview(Path file, CsvImportOptions options, int rows)
			throws IOException, CsvImportException {
		Layout layout = layout(file, options);
		CsvRowReader reader = new CsvRowReader(layout.mapping, layout.dialect.decimalSeparator());
		List<CsvParser.Record> data = layout.dataRecords();
		List<CsvPreview.Row> shown = new ArrayList<>();
		for (CsvParser.Record record : data.subList(0, Math.min(rows, data.size()))) {
			List<String> problems = new ArrayList<>();
			reader.read(record, (line, message) -> problems.add(message));
			Map<CsvField, String> cells = new EnumMap<>(CsvField.class);
			for (CsvField field : layout.mapping.columns().keySet()) {
				String cell = reader.cell(record.cells(), field);
				if (cell != null) {
					cells.put(field, cell);
				}
			}
			shown.add(new CsvPreview.Row(record.line(), cells, problems));
		}
		return new CsvPreview(file, layout.dialect, layout.headerLine, layout.mapping, shown, data.size(),
				layout.warnings);
	}

	/** What the whole file says before its rows are read: dialect, header, mapping. */
	private record Layout(CsvDialect dialect, List<CsvParser.Record> records, int header, int headerLine,
			CsvColumnMapping mapping, List<String> warnings) {

		List<CsvParser.Record> dataRecords() {
			return records.subList(header + 1, records.size()).stream().filter(r -> !r.isBlank()).toList();
		}
	}

	private static Layout layout(Path file, CsvImportOptions options) throws IOException, CsvImportException {
		String name = file.toString();
		CsvMappingFile overrides = options.mapping();
		CsvText text = CsvText.decode(CsvText.readBounded(file, options.limits()), overrides.charset(), name);
		char delimiter = overrides.delimiter() != null
				? overrides.delimiter()
				: CsvDialectDetector.delimiter(text.text());
		List<CsvParser.Record> records = CsvParser.parse(text.text(), delimiter, options.limits(), name);
		int header = header(records, overrides, name);
		List<String> warnings = new ArrayList<>();
		CsvParser.Record headerRecord = records.get(header);
		if (header > 0 && records.subList(0, header).stream().anyMatch(r -> !r.isBlank())) {
			warnings.add(name + ":" + records.get(0).line() + ": skipped lines " + records.get(0).line() + " to "
					+ (headerRecord.line() - 1) + " before the header row");
		}
		List<String> headers = headerRecord.cells().stream().map(String::strip).toList();
		CsvColumnMapping mapping = CsvColumnMapping.of(headers, overrides, name);
		List<CsvParser.Record> data = records.subList(header + 1, records.size());
		char decimal = overrides.decimalSeparator() != null
				? overrides.decimalSeparator()
				: CsvDialectDetector.decimalSeparator(data, NUMERIC.stream().mapToInt(mapping::column).toArray());
		CsvDialect dialect = new CsvDialect(text.charset(), text.byteOrderMark(), delimiter, decimal);
		return new Layout(dialect, records, header, headerRecord.line(), mapping, warnings);
	}

	private static int header(List<CsvParser.Record> records, CsvMappingFile overrides, String name)
			throws CsvImportException {
		int seen = 0;
		for (int i = 0; i < records.size() && seen < HEADER_SEARCH; i++) {
			if (records.get(i).isBlank()) {
				continue;
			}
			seen++;
			if (CsvColumnMapping.looksLikeHeader(records.get(i).cells(), overrides)) {
				return i;
			}
		}
		if (records.isEmpty() || records.stream().allMatch(CsvParser.Record::isBlank)) {
			throw CsvImportException.of(name, 0, "the file is empty");
		}
		String tagHeader = overrides.fields().get(CsvField.TAG);
		throw CsvImportException.of(name, records.get(0).line(),
				"no header row with a tag column in the first " + HEADER_SEARCH + " rows ("
						+ (tagHeader != null && !tagHeader.isEmpty()
								? "the mapping names it '" + tagHeader + "'"
								: "looked for " + CsvField.TAG.synonyms())
						+ "); the first row is " + records.get(0).cells());
	}

	private static String orNone(@Nullable String area) {
		return area == null ? "(none)" : area;
	}
}
