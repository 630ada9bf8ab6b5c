// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.interop;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.twinworks.app.cli.CliCommand;
import org.twinworks.app.cli.UsageException;
import org.twinworks.interop.aas.AasExporter;
import org.twinworks.interop.aas.AasFormat;
import org.twinworks.interop.aas.AasScopeException;
import org.twinworks.model.Plant;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;

/**
 * {@code twinworks export aas <plant.twin> <out.aasx|out.json> [--scope AREA_OR_TAG …]}: each piece of equipment as
 * an Asset Administration Shell, the format by the output's extension. {@code --scope} takes the arguments after it
 * (commas split too) up to the next option, so it comes last.
 */
final class ExportAasCommand implements CliCommand {
	private static final String SCOPE = "--scope";

	@Override
	public String name() {
		return "aas";
	}

	@Override
	public String arguments() {
		return "<plant.twin> <out.aasx|out.json> [--scope AREA_OR_TAG …]";
	}

	@Override
	public String summary() {
		return "each piece of equipment (in the areas, units or tags given) as an Asset Administration Shell with "
				+ "nameplate, technical data and operational data (signals, units, ranges, OPC UA node ids)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		List<String> files = new ArrayList<>();
		List<String> scope = new ArrayList<>();
		boolean inScope = false;
		for (String arg : args) {
			if (arg.equals(SCOPE)) {
				inScope = true;
			} else if (arg.startsWith("--")) {
				throw new UsageException("unknown option " + arg);
			} else if (inScope) {
				Arrays.stream(arg.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(scope::add);
			} else {
				files.add(arg);
			}
		}
		if (inScope && scope.isEmpty()) {
			throw new UsageException(SCOPE + " needs at least one area, work centre, unit or equipment tag");
		}
		if (files.size() != 2) {
			throw new UsageException("expected the plant file and the output file");
		}
		Path target = Path.of(files.get(1));
		if (AasFormat.of(target) == null) {
			throw new UsageException("the output file must end in .aasx or .json: " + target);
		}
		Path model = Path.of(files.get(0));
		LoadedPlant loaded = PlantFiles.load(model);
		Plant plant = loaded.plant();
		if (plant == null) {
			err.println("cannot export " + model + ": " + loaded.noPlantReason());
			return FAILED;
		}
		try {
			int shells = AasExporter.write(target, plant, scope);
			out.println("wrote " + target + ": " + shells + " asset administration shells");
			return OK;
		} catch (AasScopeException nothingMatched) {
			err.println("cannot export " + model + ": " + nothingMatched.getMessage());
			return FAILED;
		}
	}
}
