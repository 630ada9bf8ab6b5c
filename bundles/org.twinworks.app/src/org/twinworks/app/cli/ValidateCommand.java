// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.twinworks.core.persistence.FileProblem;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.model.validation.PlantValidator;
import org.twinworks.model.validation.ValidationProblem;

/** `twinworks validate <file>`: exit 0 without errors, 1 with errors, 2 when the file cannot be read. */
final class ValidateCommand implements CliCommand {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String arguments() {
		return "<model-file>";
	}

	@Override
	public String summary() {
		return "check a plant model: prints severity, element path and message (exit 1 on errors, 2 if unreadable)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.size() != 1) {
			err.println("usage: twinworks validate " + arguments());
			return FAILED;
		}
		Path file = Path.of(args.get(0));
		LoadedPlant loaded = PlantFiles.load(file);
		loaded.problems()
				.forEach(problem -> (problem.severity() == FileProblem.Severity.ERROR ? err : out).println(problem));
		if (!loaded.readable()) {
			err.println("twinworks validate: cannot read " + file + " (see above)");
			return FAILED;
		}
		if (loaded.plant() == null) {
			err.println("twinworks validate: no plant model in " + loaded.noPlantReason());
			return FAILED;
		}
		List<ValidationProblem> problems = PlantValidator.validate(loaded.plant());
		problems.forEach(out::println);
		long errors = problems.stream().filter(p -> p.severity() == ValidationProblem.Severity.ERROR).count()
				+ loaded.problems().stream().filter(p -> p.severity() == FileProblem.Severity.ERROR).count();
		long warnings = problems.size() + loaded.problems().size() - errors;
		out.println(file + ": " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
				+ (warnings == 1 ? "" : "s"));
		return errors > 0 ? PROBLEMS : OK;
	}
}
