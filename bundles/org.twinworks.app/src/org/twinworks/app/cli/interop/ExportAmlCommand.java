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
import org.twinworks.interop.aml.export.AmlExporter;
import org.twinworks.model.Plant;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;

/** {@code twinworks export aml <plant.twin> <out.aml>}: the plant as AutomationML (CAEX 3.0). */
final class ExportAmlCommand implements CliCommand {

	@Override
	public String name() {
		return "aml";
	}

	@Override
	public String arguments() {
		return "<plant.twin> <out.aml>";
	}

	@Override
	public String summary() {
		return "the hierarchy, ports, signals and connections as AutomationML with CAEX 3.0, with the role class "
				+ "library it references";
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
		int elements = AmlExporter.write(target, plant);
		out.println("wrote " + target + ": " + elements + " elements");
		return OK;
	}
}
