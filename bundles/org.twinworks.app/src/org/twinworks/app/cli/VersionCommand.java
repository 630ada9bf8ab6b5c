// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import java.io.PrintStream;
import java.util.List;

import org.twinworks.app.ComponentVersions;

final class VersionCommand implements CliCommand {

	@Override
	public String name() {
		return "version";
	}

	@Override
	public String arguments() {
		return "";
	}

	@Override
	public String summary() {
		return "print the versions of Twinworks and the components it runs on";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		ComponentVersions.list().forEach(out::println);
		return OK;
	}
}
