// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.interop;

import java.io.IOException;
import java.nio.file.Path;

import org.twinworks.interop.aml.export.AmlExporter;
import org.twinworks.model.Plant;

/** {@code twinworks export aml <plant.twin> <out.aml>}: the plant as AutomationML (CAEX 3.0). */
final class ExportAmlCommand extends PlantFileExport {

	@Override
	public String name() {
		return "aml";
	}

	@Override
	public String arguments() {
		return "<plant.twin> <out.aml>";
	}

	@Override
	public String summary() {
		return "the hierarchy, ports, signals and connections as AutomationML with CAEX 3.0, with the role class "
				+ "library it references";
	}

	@Override
	String write(Plant plant, Path target) throws IOException {
		return AmlExporter.write(target, plant) + " elements";
	}
}
