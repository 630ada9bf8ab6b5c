// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.interop;

import java.util.List;

import org.twinworks.app.cli.CommandGroup;

/** {@code twinworks import nodeset|csv|aml|server …}. */
public final class ImportCommand extends CommandGroup {

	public ImportCommand() {
		super(List.of(new ImportNodeSetCommand(), new ImportCsvCommand(), new ImportAmlCommand(),
				new ImportServerCommand()));
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "the plant in from NodeSet2 files, a CSV tag list or a live server: the diff first, then one atomic save";
	}
}
