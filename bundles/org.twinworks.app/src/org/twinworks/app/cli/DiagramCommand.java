// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.diagram.description.ResourceResolver;
import org.twinworks.diagram.ui.export.DiagramExport;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.persistence.LoadedNotation;
import org.twinworks.diagram.persistence.NotationChecks;
import org.twinworks.diagram.persistence.NotationFiles;
import org.twinworks.diagram.ui.render.Scene;
import org.twinworks.diagram.ui.render.SceneBuilder;
import org.twinworks.diagram.ui.render.SceneRenderer;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.pid.PidSymbols;
import org.twinworks.pid.PlantDiagramDescription;

/** `twinworks diagram <model-file> <out.svg> [--name NAME]`: a model's diagram as SVG, e.g. for documentation. */
final class DiagramCommand implements CliCommand {

	@Override
	public String name() {
		return "diagram";
	}

	@Override
	public String arguments() {
		return "<model-file> <out.svg> [--name DIAGRAM]";
	}

	@Override
	public String summary() {
		return "export a diagram of a model (from <model>.twindiagram) as SVG";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		int nameAt = args.indexOf("--name");
		String name = nameAt >= 0 && nameAt + 1 < args.size() ? args.get(nameAt + 1) : null;
		List<String> files = args.stream().filter(a -> !a.equals("--name") && !a.equals(name)).toList();
		if (files.size() != 2 || !files.get(1).endsWith(".svg")) {
			err.println("usage: twinworks diagram " + arguments());
			return FAILED;
		}
		Path model = Path.of(files.get(0));
		ResourceSet set = PlantFiles.newResourceSet();
		LoadedPlant plant = PlantFiles.load(set, model);
		if (!plant.readable() || plant.plant() == null) {
			plant.problems().forEach(err::println);
			err.println("twinworks diagram: " + (plant.plant() == null
					? "no plant model in " + plant.noPlantReason()
					: model + " cannot be read to its end (see above)"));
			return FAILED;
		}
		Path notation = NotationFiles.notationFileOf(model);
		if (!Files.exists(notation)) {
			err.println("twinworks diagram: " + model + " has no diagrams (" + notation.getFileName()
					+ " does not exist); open the model's Diagram page in the workbench to create one");
			return FAILED;
		}
		LoadedNotation loaded = NotationFiles.load(set, notation);
		List<FileProblem> problems = new ArrayList<>(loaded.problems());
		ResourceResolver resolver = new ResourceResolver(plant.resource());
		if (loaded.readable()) {
			problems.addAll(NotationChecks.check(loaded, PlantDiagramDescription.get(), resolver));
		}
		problems.forEach(err::println);
		if (!loaded.readable() || FileProblem.anyError(problems)) {
			err.println("twinworks diagram: " + notation
					+ (loaded.readable() ? " does not match its model or is broken" : " cannot be read to its end")
					+ " (see above); no SVG written");
			return loaded.readable() ? PROBLEMS : FAILED;
		}
		Diagram diagram = loaded.diagrams().stream().filter(d -> name == null || name.equals(d.getName())).findFirst()
				.orElse(null);
		if (diagram == null) {
			err.println("twinworks diagram: " + notation + " has no diagram"
					+ (name == null ? "" : " named '" + name + "'"));
			return FAILED;
		}
		var symbols = PidSymbols.library();
		Scene scene = new SceneBuilder(PlantDiagramDescription.get(), resolver, symbols).build(diagram);
		Path target = Path.of(files.get(1));
		DiagramExport.writeSvg(scene, new SceneRenderer(symbols), target);
		out.println("wrote diagram '" + diagram.getName() + "' (" + scene.nodes().size() + " nodes, "
				+ scene.edges().size() + " edges) to " + target);
		return OK;
	}
}
