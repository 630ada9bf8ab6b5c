// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.interop;

import java.util.List;

import org.twinworks.app.cli.CommandGroup;

/** {@code twinworks export nodeset|csv|aml|aas …}. */
public final class ExportCommand extends CommandGroup {

	public ExportCommand() {
		super(List.of(new ExportNodeSetCommand(), new ExportCsvCommand(), new ExportAmlCommand(),
				new ExportAasCommand()));
	}

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "the plant out as a NodeSet2 information model, a CSV tag list, AutomationML or Asset Administration Shells";
	}
}
