// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.interop;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.interop.merge.MergeOptions;
import org.twinworks.interop.merge.PlantMerger;
import org.twinworks.interop.nodeset.NodeSetException;
import org.twinworks.interop.nodeset.mapping.NodeSetImportOptions;
import org.twinworks.interop.nodeset.mapping.NodeSetImporter;
import org.twinworks.model.Plant;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.persistence.PlantFiles;

/** A plant read from a NodeSet2 file alone (in memory, next to the file), so the virtual plant can serve one. */
public final class NodeSetPlant {

	private NodeSetPlant() {
	}

	public static boolean isNodeSet(Path file) {
		return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
	}

	public static Plant read(Path file) throws NodeSetException {
		ImportDraft draft = NodeSetImporter.read(List.of(file), NodeSetImportOptions.DEFAULT);
		Plant plant = TwinFactory.eINSTANCE.createPlant();
		String name = file.getFileName().toString();
		plant.setName(name.substring(0, name.length() - ".xml".length()));
		plant.setTwin(TwinFactory.eINSTANCE.createTwin());
		Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(),
				file.resolveSibling(plant.getName() + ".twin"));
		resource.getContents().add(plant);
		PlantMerger.diff(plant, draft, MergeOptions.defaults()).command(null).execute();
		return plant;
	}
}
