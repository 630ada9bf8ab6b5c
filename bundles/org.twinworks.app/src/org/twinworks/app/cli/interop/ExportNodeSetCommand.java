// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.interop;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.twinworks.app.cli.CliCommand;
import org.twinworks.app.cli.Options;
import org.twinworks.app.cli.UsageException;
import org.twinworks.interop.nodeset.export.ExportOptions;
import org.twinworks.interop.nodeset.export.ExportSummary;
import org.twinworks.interop.nodeset.export.NodeSetExportException;
import org.twinworks.interop.nodeset.export.NodeSetExporter;
import org.twinworks.model.Plant;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;

/**
 * {@code twinworks export nodeset <plant.twin> <out.xml>}: the plant as a NodeSet2 model in its own namespace. The
 * publication date defaults to the plant file's last change, so exporting the same file twice gives the same bytes.
 */
final class ExportNodeSetCommand implements CliCommand {

	@Override
	public String name() {
		return "nodeset";
	}

	@Override
	public String arguments() {
		return "<plant.twin> <out.xml> [--version 1.0.0] [--date 2026-12-07T00:00:00Z]";
	}

	@Override
	public String summary() {
		return "equipment types as ObjectTypes, the hierarchy as folders, equipment as objects, signals as variables "
				+ "with EURange and EngineeringUnits and the bindings' node ids (valid against UANodeSet.xsd)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(args, Set.of("--version", "--date"), Set.of());
		List<String> files = options.positional();
		if (files.size() != 2) {
			throw new UsageException("expected the plant file and the output file");
		}
		Path model = Path.of(files.get(0));
		Path target = Path.of(files.get(1));
		LoadedPlant loaded = PlantFiles.load(model);
		Plant plant = loaded.plant();
		if (plant == null || loaded.hasErrors()) {
			err.println("cannot export " + model + ": "
					+ (plant == null ? loaded.noPlantReason() : "it has errors; " + loaded.problems().get(0)));
			return FAILED;
		}
		Instant date;
		try {
			date = options.has("--date")
					? Instant.parse(options.value("--date", ""))
					: Files.getLastModifiedTime(model).toInstant().truncatedTo(ChronoUnit.SECONDS);
		} catch (DateTimeParseException e) {
			throw new UsageException("--date needs an ISO-8601 instant such as 2026-12-07T00:00:00Z");
		}
		try {
			ExportSummary summary = NodeSetExporter.export(plant, target,
					new ExportOptions(options.value("--version", "1.0.0"), date));
			for (String warning : summary.warnings()) {
				err.println("warning: " + warning);
			}
			out.println("wrote " + target + ": " + summary.objectTypes() + " object types, " + summary.objects()
					+ " objects, " + summary.variables() + " variables");
			return OK;
		} catch (NodeSetExportException e) {
			err.println("cannot export " + model + ": " + e.getMessage());
			return FAILED;
		}
	}
}
