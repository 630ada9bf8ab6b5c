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
import org.twinworks.interop.aml.AmlImporter;

/** {@code twinworks import aml <file> --into <plant.twin>}: an AutomationML (CAEX 2.15 or 3.0) plant. */
final class ImportAmlCommand implements CliCommand {

	@Override
	public String name() {
		return "aml";
	}

	@Override
	public String arguments() {
		return "<file.aml> --into <plant.twin> [--dry-run] [--remove-missing]";
	}

	@Override
	public String summary() {
		return "an AutomationML file (CAEX 2.15 or 3.0): instance hierarchy by ISA-95 roles, interfaces as ports and "
				+ "signals, links as connections; duplicate IDs or broken paths and links named by line, nothing imported then";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Options options = Options.parse(args, Set.of("--into"), Set.of("--dry-run", "--remove-missing"));
		List<String> files = options.positional();
		Path into = options.path("--into");
		if (files.size() != 1 || into == null) {
			throw new UsageException("expected one AutomationML file and --into <plant.twin>");
		}
		Path aml = Path.of(files.get(0));
		return PlantImport.run(into, plant -> AmlImporter.importFile(aml), options.has("--dry-run"),
				options.has("--remove-missing"), out, err);
	}
}
