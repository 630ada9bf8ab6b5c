// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.interop;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.interop.merge.ImportDiff;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.interop.merge.MergeOptions;
import org.twinworks.interop.merge.PlantMerger;
import org.twinworks.model.Plant;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;

/**
 * The part every headless import shares: open the plant (or start a new one when the file does not exist yet), read
 * the source, print the diff, and, unless it is a dry run, apply it and save atomically. A source that cannot be read
 * leaves the plant file untouched.
 */
final class PlantImport {

	private PlantImport() {
	}

	static int run(Path plantFile, DraftSource source, boolean dryRun, boolean removeMissing, PrintStream out,
			PrintStream err) {
		Resource resource;
		Plant plant;
		if (Files.exists(plantFile)) {
			LoadedPlant loaded = PlantFiles.load(plantFile);
			if (loaded.plant() == null || loaded.hasErrors()) {
				err.println("cannot import into " + plantFile + ": "
						+ (loaded.plant() == null
								? loaded.noPlantReason()
								: loaded.problems().stream().filter(p -> p.severity() == FileProblem.Severity.ERROR)
										.findFirst().orElseThrow()));
				return CliCommand.FAILED;
			}
			resource = loaded.resource();
			plant = loaded.plant();
		} else {
			resource = PlantFiles.createResource(PlantFiles.newResourceSet(), plantFile);
			plant = TwinFactory.eINSTANCE.createPlant();
			plant.setName(baseName(plantFile));
			plant.setTwin(TwinFactory.eINSTANCE.createTwin());
			resource.getContents().add(plant);
			out.println(plantFile + " does not exist: a new plant");
		}
		ImportDraft draft;
		try {
			draft = source.read(plant);
		} catch (Exception unreadable) {
			err.println(unreadable.getMessage() == null ? unreadable.toString() : unreadable.getMessage());
			err.println("nothing imported; " + plantFile + " is unchanged");
			return CliCommand.FAILED;
		}
		ImportDiff diff = PlantMerger.diff(plant, draft, new MergeOptions(removeMissing));
		try {
			diff.print(out);
		} catch (java.io.IOException cannotHappen) {
			throw new java.io.UncheckedIOException(cannotHappen);
		}
		if (dryRun) {
			out.println("dry run: " + plantFile + " is unchanged");
			return CliCommand.OK;
		}
		if (diff.isEmpty()) {
			out.println("nothing to change: " + plantFile + " is up to date");
			return CliCommand.OK;
		}
		diff.command(null).execute();
		try {
			List<FileProblem> problems = PlantFiles.save(resource, plantFile);
			for (FileProblem problem : problems) {
				err.println(problem);
			}
		} catch (java.io.IOException cannotWrite) {
			err.println("cannot write " + plantFile + ": " + cannotWrite.getMessage() + "; the file is unchanged");
			return CliCommand.FAILED;
		}
		out.println("wrote " + plantFile + " (" + diff.summary() + ")");
		return diff.conflicts().isEmpty() ? CliCommand.OK : CliCommand.PROBLEMS;
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
