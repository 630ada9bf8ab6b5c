// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.interop;

import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jspecify.annotations.Nullable;
import org.twinworks.interop.csv.CsvField;
import org.twinworks.interop.csv.CsvImportOptions;
import org.twinworks.interop.csv.CsvLimits;
import org.twinworks.interop.csv.CsvMappingFile;
import org.twinworks.interop.csv.CsvPreview;
import org.twinworks.interop.csv.CsvTagListReader;

/**
 * What the CSV import makes of a file before anything is read for real: the dialect detected, which header feeds
 * each field (and which headers nothing reads), and the first rows as the fields see them, with their problems.
 */
final class CsvMappingPreview {
	static final int ROWS = 3;

	private final Group group;
	private final Label dialect;
	private final Table table;

	CsvMappingPreview(Composite parent) {
		group = new Group(parent, SWT.NONE);
		group.setText("CSV columns");
		GridLayoutFactory.swtDefaults().applyTo(group);
		dialect = new Label(group, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(dialect);
		table = new Table(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 140).applyTo(table);
		column("Field", 110);
		column("Header in the file", 150);
		for (int i = 1; i <= ROWS; i++) {
			column("Row " + i, 110);
		}
	}

	Group control() {
		return group;
	}

	/** Shows the file's preview, or why it cannot be read; returns the problem, or null. */
	@Nullable
	String show(@Nullable Path file, @Nullable Path mapping) {
		table.removeAll();
		if (file == null) {
			dialect.setText("");
			return null;
		}
		CsvPreview preview;
		try {
			CsvImportOptions options = CsvImportOptions.defaults();
			if (mapping != null) {
				options = options.withMapping(CsvMappingFile.read(mapping, CsvLimits.DEFAULT));
			}
			preview = CsvTagListReader.preview(file, options, ROWS);
		} catch (Exception unreadable) {
			dialect.setText("");
			return unreadable.getMessage() == null ? unreadable.toString() : unreadable.getMessage();
		}
		StringBuilder text = new StringBuilder(preview.dialect().describe()).append("; header on line ")
				.append(preview.headerLine()).append("; ").append(preview.totalRows()).append(" rows");
		if (!preview.unmappedHeaders().isEmpty()) {
			text.append("; not read: ").append(String.join(", ", preview.unmappedHeaders()));
		}
		preview.rows().stream().flatMap(row -> row.problems().stream().map(p -> "line " + row.line() + ": " + p))
				.limit(3).forEach(problem -> text.append(System.lineSeparator()).append(problem));
		dialect.setText(text.toString());
		for (CsvField field : CsvField.values()) {
			if (!preview.mapping().has(field)) {
				continue;
			}
			String[] cells = new String[2 + ROWS];
			cells[0] = field.header();
			cells[1] = preview.mapping().headerOf(field);
			for (int i = 0; i < ROWS && i < preview.rows().size(); i++) {
				cells[2 + i] = preview.rows().get(i).cells().getOrDefault(field, "");
			}
			for (int i = 0; i < cells.length; i++) {
				cells[i] = cells[i] == null ? "" : cells[i];
			}
			new TableItem(table, SWT.NONE).setText(cells);
		}
		group.getParent().layout(true, true);
		return null;
	}

	/** The fields the table shows, for tests: "Tag ← Tagname". */
	java.util.List<String> shownMapping() {
		return java.util.Arrays.stream(table.getItems()).map(i -> i.getText(0) + " ← " + i.getText(1)).toList();
	}

	private void column(String text, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
	}
}
