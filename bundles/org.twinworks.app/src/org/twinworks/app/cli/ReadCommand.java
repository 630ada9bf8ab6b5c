// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import java.io.PrintStream;
import java.util.List;

import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.LiveSession;
import org.twinworks.model.Endpoint;
import org.twinworks.live.SignalValue;

/** `twinworks read <endpoint-url> <node>`: one value read now, over the strongest secure policy offered. */
final class ReadCommand implements CliCommand {

	@Override
	public String name() {
		return "read";
	}

	@Override
	public String arguments() {
		return "<endpoint-url> <nsu=URI;s=ID> [--trust SHA256] [--lab] [--pki DIR]";
	}

	@Override
	public String summary() {
		return "read one node's value, status and timestamps (SignAndEncrypt; --lab allows None)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		LiveArguments options;
		try {
			options = LiveArguments.parse(args);
			if (options.positional().size() != 2) {
				throw new IllegalArgumentException("expected an endpoint URL and a node id");
			}
		} catch (IllegalArgumentException e) {
			err.println("twinworks read: " + e.getMessage());
			err.println("usage: twinworks read " + arguments());
			return FAILED;
		}
		String node = options.positional().get(1);
		Endpoint endpoint = options.urlEndpoint(options.positional().get(0));
		try (LiveSession session = LiveSession.connect(endpoint, options.options(endpoint).build())) {
			SignalValue value = session.read(node);
			out.println(node + " = " + value.value() + "  " + value.status() + "  source " + value.sourceTime()
					+ "  server " + value.serverTime());
			return value.isGood() ? OK : PROBLEMS;
		} catch (LiveConnectionException e) {
			err.println("twinworks read: " + e.getMessage());
			return FAILED;
		}
	}
}
