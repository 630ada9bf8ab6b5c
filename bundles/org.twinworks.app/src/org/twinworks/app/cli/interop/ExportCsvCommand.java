// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.interop;

import java.io.IOException;
import java.nio.file.Path;

import org.twinworks.interop.csv.CsvTagListWriter;
import org.twinworks.model.Plant;

/** {@code twinworks export csv <plant.twin> <out.csv>}: the I/O list in the format {@code import csv} reads back. */
final class ExportCsvCommand extends PlantFileExport {

	@Override
	public String name() {
		return "csv";
	}

	@Override
	public String arguments() {
		return "<plant.twin> <out.csv>";
	}

	@Override
	public String summary() {
		return "every signal of the hierarchy as a tag list (comma, decimal point, UTF-8), the I/O list's CSV format";
	}

	@Override
	String write(Plant plant, Path target) throws IOException {
		CsvTagListWriter.write(target, plant);
		return CsvTagListWriter.signalsOf(plant).size() + " signals";
	}
}
