// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.interop;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.twinworks.app.cli.CliCommand;
import org.twinworks.app.cli.Options;
import org.twinworks.app.cli.UsageException;
import org.twinworks.interop.csv.CsvImportOptions;
import org.twinworks.interop.csv.CsvLimits;
import org.twinworks.interop.csv.CsvMappingFile;
import org.twinworks.interop.csv.CsvTagListImporter;

/** {@code twinworks import csv <file> --into <plant.twin>}: a tag list exported from a PLC or DCS tool. */
final class ImportCsvCommand implements CliCommand {

	@Override
	public String name() {
		return "csv";
	}

	@Override
	public String arguments() {
		return "<file.csv> --into <plant.twin> [--mapping FILE] [--area NAME] [--dry-run] [--remove-missing]";
	}

	@Override
	public String summary() {
		return "a CSV tag list (delimiter, quotes, decimal comma and encoding detected; headers recognised unless "
				+ "--mapping gives field=Header lines); every bad row named by line, nothing imported then";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Options options = Options.parse(args, Set.of("--into", "--mapping", "--area"),
				Set.of("--dry-run", "--remove-missing"));
		List<String> files = options.positional();
		Path into = options.path("--into");
		if (files.size() != 1 || into == null) {
			throw new UsageException("expected one CSV file and --into <plant.twin>");
		}
		Path csv = Path.of(files.get(0));
		Path mapping = options.path("--mapping");
		String area = options.has("--area") ? options.value("--area", "") : null;
		return PlantImport.run(into, plant -> {
			CsvImportOptions read = CsvImportOptions.defaults().withAreaName(area);
			if (mapping != null) {
				read = read.withMapping(CsvMappingFile.read(mapping, CsvLimits.DEFAULT));
			}
			return CsvTagListImporter.importFile(csv, read);
		}, options.has("--dry-run"), options.has("--remove-missing"), out, err);
	}
}
