// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.twinworks.model.Binding;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.model.validation.PlantValidator;
import org.twinworks.model.validation.ValidationProblem;

class DemoPlantTest {

	private static Resource build() {
		Resource resource = PlantFiles.newResourceSet().createResource(URI.createURI("demo.twin"));
		DemoPlant.createIn(resource);
		return resource;
	}

	private static <T> List<T> all(Resource resource, Class<T> type) {
		List<T> found = new java.util.ArrayList<>();
		for (var it = resource.getAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (e instanceof org.twinworks.model.EquipmentType) {
				it.prune();
			} else if (type.isInstance(e)) {
				found.add(type.cast(e));
			}
		}
		return found;
	}

	@Test
	void validatesWithoutAnyProblem() {
		List<ValidationProblem> problems = PlantValidator.validate(build().getContents().get(0));
		assertEquals(List.of(), problems);
	}

	@Test
	void isARealisticPlantOfTheRequestedSize() {
		Resource resource = build();
		Plant plant = (Plant) resource.getContents().get(0);
		int equipment = all(resource, Equipment.class).size();
		int signals = all(resource, Signal.class).size();
		assertTrue(equipment >= 40 && equipment <= 70, "equipment: " + equipment);
		assertTrue(signals >= 150 && signals <= 200, "signals: " + signals);
		assertEquals(6, plant.getControlLoops().size());
		assertEquals(2, plant.getInterlocks().size());
		Set<Signal> bound = plant.getTwin().getBindings().stream().map(Binding::getSignal).collect(Collectors.toSet());
		assertEquals(signals, bound.size(), "every signal is bound to the virtual plant");
	}

	@Test
	void roundTripIsByteIdentical() throws IOException {
		byte[] saved = PlantFiles.bytes(build());
		Resource reloaded = PlantFiles.newResourceSet().createResource(URI.createURI("reloaded.twin"));
		reloaded.load(new java.io.ByteArrayInputStream(saved), null);
		assertArrayEquals(saved, PlantFiles.bytes(reloaded));
		assertTrue(EcoreUtil.equals(build().getContents().get(0), reloaded.getContents().get(0)));
	}

	@Test
	void buildingTwiceGivesTheSameBytes() throws IOException {
		assertArrayEquals(PlantFiles.bytes(build()), PlantFiles.bytes(build()));
	}

	@Test
	void theShippedExampleFileIsWhatTheBuilderMakes() throws IOException {
		URL example = FrameworkUtil.getBundle(DemoPlant.class).getEntry("examples/riverside-water-works.twin");
		assertTrue(example != null,
				"the model bundle ships examples/riverside-water-works.twin (./twinworks demo writes it)");
		try (InputStream in = example.openStream()) {
			byte[] fresh = PlantFiles.bytes(build());
			byte[] shipped = in.readAllBytes();
			if (!java.util.Arrays.equals(fresh, shipped)) {
				// what the builder makes now, to copy over the stale file
				java.nio.file.Path now = java.nio.file.Files.createTempFile("riverside-water-works", ".twin");
				java.nio.file.Files.write(now, fresh);
				assertArrayEquals(fresh, shipped, "examples/riverside-water-works.twin is stale: regenerate it with "
						+ "./twinworks demo <file>, or copy " + now);
			}
		}
	}
}
