// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import java.util.List;

import org.twinworks.app.cli.commission.CommissionCommand;
import org.twinworks.app.cli.interop.ExportCommand;
import org.twinworks.app.cli.interop.ImportCommand;

/** Every headless sub-command, in the order `twinworks --help` lists them. */
public final class CliCommands {

	private CliCommands() {
	}

	public static List<CliCommand> all() {
		return List.of(new ValidateCommand(), new DemoCommand(), new SimCommand(), new BrowseCommand(),
				new ReadCommand(), new CheckCommand(), new WatchCommand(), new GatewayCommand(), new AnalyseCommand(),
				new CommissionCommand(), new ImportCommand(), new ExportCommand(), new DiagramCommand(),
				new VersionCommand(), new DiagnoseCommand());
	}
}
