// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.twinworks.model.Area;
import org.twinworks.model.Plant;
import org.twinworks.model.Twin;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.model.rules.UneceUnits;

/** What a new model file starts with: an empty plant ready to fill in, or the demo plant. */
public final class PlantModels {

	private PlantModels() {
	}

	public static void writeEmpty(Path file, String plantName) throws IOException {
		Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), file);
		TwinFactory f = TwinFactory.eINSTANCE;
		Plant plant = f.createPlant();
		plant.setName(plantName);
		plant.setNamespaceUri("urn:twinworks:" + plantName.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
		for (String code : new String[]{"MTR", "MQH", "BAR", "CEL", "P1", "AMP", "KWT"}) {
			var unit = f.createEngineeringUnit();
			unit.setCode(code);
			unit.setSymbol(UneceUnits.symbol(code));
			plant.getEngineeringUnits().add(unit);
		}
		Area area = f.createArea();
		area.setName("Area 1");
		plant.getAreas().add(area);
		Twin twin = f.createTwin();
		plant.setTwin(twin);
		resource.getContents().add(plant);
		PlantFiles.save(resource, file);
	}

	public static void writeDemo(Path file) throws IOException {
		Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), file);
		DemoPlant.createIn(resource);
		PlantFiles.save(resource, file);
	}
}
