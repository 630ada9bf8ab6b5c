// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.interop;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.twinworks.app.cli.CliCommand;
import org.twinworks.app.cli.LiveArguments;
import org.twinworks.app.cli.Options;
import org.twinworks.app.cli.UsageException;
import org.twinworks.interop.server.ImportProgress;
import org.twinworks.interop.server.ServerImportOptions;
import org.twinworks.interop.server.ServerImporter;
import org.twinworks.live.LiveSession;
import org.twinworks.model.Endpoint;

/**
 * {@code twinworks import server <endpoint-url> --node <nsu=…> --into <plant.twin>}: equipment, signals and bindings
 * from a subtree of a live server, connected and trusted as {@code browse} is.
 */
final class ImportServerCommand implements CliCommand {

	@Override
	public String name() {
		return "server";
	}

	@Override
	public String arguments() {
		return "<endpoint-url> --node <nsu=…> --into <plant.twin> [--depth N] [--max-nodes N] [--dry-run] "
				+ "[--remove-missing] [--trust SHA256] [--lab] [--pki DIR]";
	}

	@Override
	public String summary() {
		return "the subtree below a node of a live server (types, units, ranges and access read from it; depth 10, "
				+ "at most 100,000 nodes by default)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		Options options = Options.parse(args, Set.of("--into", "--depth", "--max-nodes"),
				Set.of("--dry-run", "--remove-missing"));
		Path into = options.path("--into");
		if (into == null) {
			throw new UsageException("--into <plant.twin> is needed");
		}
		ServerImportOptions walk = ServerImportOptions.defaults().withDepth(options.number("--depth", 10, 1, 64))
				.withMaxNodes(options.number("--max-nodes", 100_000, 1, 10_000_000));
		LiveArguments live;
		try {
			live = LiveArguments.parse(options.rest());
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		if (live.positional().size() != 1) {
			throw new UsageException("expected one endpoint URL");
		}
		if (live.node() == null) {
			throw new UsageException("--node <nsu=…> (the subtree to import) is needed");
		}
		Endpoint endpoint = live.urlEndpoint(live.positional().get(0));
		return PlantImport.run(into, plant -> {
			try (LiveSession session = LiveSession.connect(endpoint, live.options(endpoint).build())) {
				return new ServerImporter(session).read(live.node(), walk, new ImportProgress() {
					@Override
					public void browsed(int nodes, int level) {
						err.print("\rbrowsed " + nodes + " nodes, level " + level + "   ");
					}
				});
			} finally {
				err.println();
			}
		}, options.has("--dry-run"), options.has("--remove-missing"), out, err);
	}
}
