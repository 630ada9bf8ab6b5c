// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.tests;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Area;
import org.twinworks.model.Endpoint;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.Twin;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.model.validation.PlantValidator;
import org.twinworks.model.validation.ValidationProblem;

/** Small valid plants that a test then breaks in exactly one way. */
final class Models {
	static final TwinFactory F = TwinFactory.eINSTANCE;

	final Resource resource = PlantFiles.newResourceSet()
			.createResource(org.eclipse.emf.common.util.URI.createURI("test.twin"));
	final Plant plant = F.createPlant();
	final Area area = F.createArea();
	final Equipment tank = F.createEquipment();
	final Signal level = F.createSignal();
	final EngineeringUnit metre = F.createEngineeringUnit();
	final Endpoint endpoint = F.createEndpoint();

	Models() {
		plant.setName("Test plant");
		area.setName("Area");
		plant.getAreas().add(area);
		tank.setTag("TK-1");
		area.getEquipment().add(tank);
		metre.setCode("MTR");
		metre.setSymbol("m");
		plant.getEngineeringUnits().add(metre);
		level.setTag("LT-1.PV");
		level.setUnit(metre);
		level.setRangeLow(0.0);
		level.setRangeHigh(10.0);
		tank.getSignals().add(level);
		Twin twin = F.createTwin();
		endpoint.setName("Server");
		endpoint.setUrl("opc.tcp://127.0.0.1:4840/test");
		twin.getEndpoints().add(endpoint);
		plant.setTwin(twin);
		resource.getContents().add(plant);
	}

	AlarmLimit limit(Signal signal, AlarmKind kind, double value) {
		AlarmLimit limit = F.createAlarmLimit();
		limit.setKind(kind);
		limit.setValue(value);
		signal.getAlarmLimits().add(limit);
		return limit;
	}

	List<ValidationProblem> errors() {
		return PlantValidator.validate(plant).stream().filter(p -> p.severity() == ValidationProblem.Severity.ERROR)
				.toList();
	}
}
