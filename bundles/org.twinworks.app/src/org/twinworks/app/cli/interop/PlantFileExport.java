// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.interop;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.twinworks.app.cli.CliCommand;
import org.twinworks.app.cli.Options;
import org.twinworks.app.cli.UsageException;
import org.twinworks.model.Plant;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;

/** An export without options: {@code <plant.twin> <out>}, the plant loaded, written, and what was written said. */
abstract class PlantFileExport implements CliCommand {

	/** Writes {@code plant} to {@code target}; returns what it wrote, e.g. "12 signals". */
	abstract String write(Plant plant, Path target) throws IOException;

	@Override
	public final int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
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
		out.println("wrote " + target + ": " + write(plant, target));
		return OK;
	}
}
