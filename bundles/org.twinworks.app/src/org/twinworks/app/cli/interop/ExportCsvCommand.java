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
import org.twinworks.interop.csv.CsvTagListWriter;
import org.twinworks.model.Plant;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;

/** {@code twinworks export csv <plant.twin> <out.csv>}: the I/O list in the format {@code import csv} reads back. */
final class ExportCsvCommand implements CliCommand {

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
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		List<String> files = Options.parse(args, Set.of(), Set.of()).positional();
		if (files.size() != 2) {
			throw new UsageException("expected the plant file and the output file");
		}
		Path model = Path.of(files.get(0));
		LoadedPlant loaded = PlantFiles.load(model);
		Plant plant = loaded.plant();
		if (plant == null) {
			err.println("cannot export " + model + ": " + loaded.noPlantReason());
			return FAILED;
		}
		Path target = Path.of(files.get(1));
		CsvTagListWriter.write(target, plant);
		out.println("wrote " + target + ": " + CsvTagListWriter.signalsOf(plant).size() + " signals");
		return OK;
	}
}
