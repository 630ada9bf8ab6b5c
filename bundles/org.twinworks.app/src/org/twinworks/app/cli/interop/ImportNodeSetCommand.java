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
import org.twinworks.interop.nodeset.mapping.NodeSetImportOptions;
import org.twinworks.interop.nodeset.mapping.NodeSetImporter;

/**
 * {@code twinworks import nodeset <file|folder> … --into <plant.twin>}: OPC UA information models, loaded with the
 * models they require (the base model is built in; the others are looked for among the files and folders given).
 */
final class ImportNodeSetCommand implements CliCommand {

	@Override
	public String name() {
		return "nodeset";
	}

	@Override
	public String arguments() {
		return "<file|folder> … --into <plant.twin> [--types-only] [--dry-run] [--remove-missing]";
	}

	@Override
	public String summary() {
		return "NodeSet2 files: object types as equipment types, objects as the hierarchy and equipment, variables as "
				+ "signals with bindings (nsu= node ids); a missing or too old required model is named with the file "
				+ "that needs it";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Options options = Options.parse(args, Set.of("--into"),
				Set.of("--types-only", "--dry-run", "--remove-missing"));
		List<Path> files = options.positional().stream().map(Path::of).toList();
		Path into = options.path("--into");
		if (files.isEmpty() || into == null) {
			throw new UsageException("expected NodeSet2 files or folders and --into <plant.twin>");
		}
		NodeSetImportOptions read = NodeSetImportOptions.DEFAULT.withTypesOnly(options.has("--types-only"));
		return PlantImport.run(into, plant -> NodeSetImporter.read(files, read), options.has("--dry-run"),
				options.has("--remove-missing"), out, err);
	}
}
