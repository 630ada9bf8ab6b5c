package org.twinworks.app.cli;

import java.io.PrintStream;
import java.util.List;

import org.twinworks.live.AddressSpaceBrowser;
import org.twinworks.live.BrowsedNode;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.LiveSession;

/**
 * `twinworks browse <endpoint-url>`: the address space as an indented tree, one node a line (browse name, node
 * class, node id with its namespace URI, data type of variables), down to a depth and up to a number of lines,
 * so that a server with a million nodes still answers in seconds.
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
		try (LiveSession session = LiveSession.connect(options.urlEndpoint(options.positional().get(0)),
				options.options().build())) {
			Printer printer = new Printer(session.browser(), out, options.limit());
			out.println(start);
			printer.print(start, 1, options.depth());
			if (printer.truncated) {
				out.println("... stopped after " + options.limit() + " nodes (--limit N, or --node to start deeper)");
			}
			return OK;
		} catch (LiveConnectionException e) {
			err.println("twinworks browse: " + e.getMessage());
			return FAILED;
		}
	}

	/** Depth first, so a node's children are printed right below it. */
	private static final class Printer {
		private final AddressSpaceBrowser browser;
		private final PrintStream out;
		private final int limit;
		private int printed;
		private boolean truncated;

		Printer(AddressSpaceBrowser browser, PrintStream out, int limit) {
			this.browser = browser;
			this.out = out;
			this.limit = limit;
		}

		void print(String parent, int level, int depth) throws LiveConnectionException {
			for (BrowsedNode node : browser.children(parent)) {
				if (printed == limit) {
					truncated = true;
					return;
				}
				printed++;
				out.println("  ".repeat(level) + node.browseName() + "  " + node.nodeClass() + "  " + node.nodeId()
						+ (node.dataType() == null ? "" : "  " + node.dataType()));
				// properties (EURange, EngineeringUnits...) have no children worth a round trip
				if (level < depth && !node.isVariable()) {
					print(node.nodeId(), level + 1, depth);
				}
			}
		}
	}
}
