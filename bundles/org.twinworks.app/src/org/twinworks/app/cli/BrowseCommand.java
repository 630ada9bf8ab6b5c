// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import java.io.PrintStream;
import java.util.List;

import org.twinworks.live.AddressSpaceBrowser;
import org.twinworks.live.BrowseTree;
import org.twinworks.live.BrowsedNode;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.LiveSession;
import org.twinworks.model.Endpoint;

/**
 * `twinworks browse <endpoint-url>`: the address space as an indented tree, one node a line (browse name, node
 * class, node id with its namespace URI, data type of variables, "(property)" for a HasProperty child such as
 * EURange), down to a depth and up to a number of lines, so that a server with a million nodes still answers in
 * seconds. Variables are browsed too, so their properties and components show when the depth allows.
 */
final class BrowseCommand implements CliCommand {

	@Override
	public String name() {
		return "browse";
	}

	@Override
	public String arguments() {
		return "<endpoint-url> [--depth N] [--node NODEID] [--limit N] [--trust SHA256] [--lab] [--pki DIR]";
	}

	@Override
	public String summary() {
		return "print a server's address space as a tree (default from Objects, depth 3, at most 1000 nodes)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		LiveArguments options;
		try {
			options = LiveArguments.parse(args);
			if (options.positional().size() != 1) {
				throw new IllegalArgumentException("expected an endpoint URL");
			}
		} catch (IllegalArgumentException e) {
			err.println("twinworks browse: " + e.getMessage());
			err.println("usage: twinworks browse " + arguments());
			return FAILED;
		}
		String start = options.node() == null ? AddressSpaceBrowser.OBJECTS_FOLDER : options.node();
		Endpoint endpoint = options.urlEndpoint(options.positional().get(0));
		try (LiveSession session = LiveSession.connect(endpoint, options.options(endpoint).build())) {
			BrowseTree tree = session.browser().tree(start, options.depth(), options.limit());
			out.println(start);
			for (BrowseTree.Entry entry : tree.entries()) {
				BrowsedNode node = entry.node();
				out.println("  ".repeat(entry.level()) + node.browseName() + "  " + node.nodeClass() + "  "
						+ node.nodeId() + (node.dataType() == null ? "" : "  " + node.dataType())
						+ (node.isProperty() ? "  (property)" : ""));
			}
			if (tree.truncated()) {
				out.println("... stopped after " + options.limit() + " nodes (--limit N, or --node to start deeper)");
			}
			return OK;
		} catch (LiveConnectionException e) {
			err.println("twinworks browse: " + e.getMessage());
			return FAILED;
		}
	}
}
