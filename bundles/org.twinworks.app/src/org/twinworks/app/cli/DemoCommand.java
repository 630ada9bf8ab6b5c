// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.twinworks.diagram.persistence.NotationFiles;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.pid.OverviewDiagram;
import org.twinworks.model.persistence.PlantFiles;

/** `twinworks demo <file>`: writes the demo plant model, e.g. to try the other commands on. */
final class DemoCommand implements CliCommand {

	@Override
	public String name() {
		return "demo";
	}

	@Override
	public String arguments() {
		return "<file.twin> [--force]";
	}

	@Override
	public String summary() {
		return "write the demo plant (Riverside Water Works) to a model file, with its overview diagram";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		List<String> files = args.stream().filter(a -> !a.equals("--force")).toList();
		if (files.size() != 1) {
			err.println("usage: twinworks demo " + arguments());
			return FAILED;
		}
		Path file = Path.of(files.get(0));
		if (Files.exists(file) && !args.contains("--force")) {
			err.println("twinworks demo: " + file + " exists; add --force to overwrite it");
			return FAILED;
		}
		Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), file);
		DemoPlant.createIn(resource);
		PlantFiles.save(resource, file);
		OverviewDiagram.write((org.twinworks.model.Plant) resource.getContents().get(0), file);
		out.println("wrote the demo plant to " + file + " and its overview diagram to "
				+ NotationFiles.notationFileOf(file));
		return OK;
	}
}
