// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests.aml;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Binding;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Interlock;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.Plant;
import org.twinworks.model.Port;
import org.twinworks.model.Property;
import org.twinworks.model.Signal;

/**
 * What AutomationML must keep beyond the hierarchy, field by field, as comparable lines: loops, interlocks, alarm
 * limits, endpoints and bindings, every signal's own fields (access, enumeration, unit symbol, template) and the
 * equipment types' ports, signal templates and properties. Elements are named by tag (or name), never by identity.
 */
final class ControlFacts {
	private ControlFacts() {
	}

	static List<String> of(Plant plant) {
		List<String> facts = new ArrayList<>();
		for (ControlLoop loop : plant.getControlLoops()) {
			facts.add("loop " + loop.getTag() + " name=" + loop.getName() + " desc=" + loop.getDescription() + " type="
					+ loop.getControllerType() + " action=" + loop.getAction() + " pv=" + tag(loop.getMeasuredValue())
					+ " sp=" + tag(loop.getSetpoint()) + " out=" + tag(loop.getOutput()) + " final="
					+ tag(loop.getFinalElement()));
		}
		for (Interlock interlock : plant.getInterlocks()) {
			facts.add("interlock " + interlock.getTag() + " name=" + interlock.getName() + " combination="
					+ interlock.getCombination() + " action=" + interlock.getTripAction() + " trips="
					+ tag(interlock.getTrips()));
			for (InterlockCondition condition : interlock.getConditions()) {
				facts.add("  condition " + tag(condition.getSignal()) + " " + condition.getOperator() + " "
						+ condition.getThreshold());
			}
		}
		if (plant.getTwin() != null) {
			for (Endpoint endpoint : plant.getTwin().getEndpoints()) {
				facts.add("endpoint " + endpoint.getName() + " url=" + endpoint.getUrl() + " desc="
						+ endpoint.getDescription() + " " + endpoint.getSecurityPolicy() + " "
						+ endpoint.getSecurityMode() + " " + endpoint.getAuthentication() + " user="
						+ endpoint.getUsername() + " lab=" + endpoint.isLabMode());
			}
			for (Binding binding : plant.getTwin().getBindings()) {
				facts.add("binding " + tag(binding.getSignal()) + " -> " + binding.getEndpoint().getUrl() + " "
						+ binding.getNodeId() + " sampling=" + binding.getSamplingInterval() + " queue="
						+ binding.getQueueSize() + " deadband=" + binding.getDeadbandKind() + " "
						+ binding.getDeadbandValue() + " active=" + binding.isActive());
			}
		}
		plant.eAllContents().forEachRemaining((EObject e) -> {
			if (e instanceof Signal signal) {
				facts.add(signal(signal));
			}
			if (e instanceof Equipment equipment
					&& equipment.getLevel() != org.twinworks.model.EquipmentLevel.EQUIPMENT) {
				facts.add("equipment " + equipment.getTag() + " level=" + equipment.getLevel());
			}
		});
		for (EquipmentType type : plant.getEquipmentTypes()) {
			facts.add("type " + type.getName() + " kind=" + type.getKind() + " desc=" + type.getDescription());
			for (Port port : type.getPorts()) {
				facts.add("  port " + port.getName() + " " + port.getDirection() + " " + port.getMedium());
			}
			for (Property property : type.getProperties()) {
				facts.add("  property " + property.getKey() + "=" + property.getValue() + " " + property.getUnit());
			}
		}
		return facts;
	}

	private static String signal(Signal signal) {
		StringBuilder line = new StringBuilder();
		line.append(signal.getEquipment() == null
				? "template of " + ((EquipmentType) signal.eContainer()).getName()
				: "signal").append(' ').append(signal.getTag()).append(" name=").append(signal.getName())
				.append(" desc=").append(signal.getDescription()).append(' ').append(signal.getDirection()).append(' ')
				.append(signal.getDataType()).append(" access=").append(signal.getAccess()).append(" nominal=")
				.append(signal.getNominalValue()).append(" range=").append(signal.getRangeLow()).append("..")
				.append(signal.getRangeHigh()).append(" unit=")
				.append(signal.getUnit() == null
						? null
						: signal.getUnit().getCode() + "/" + signal.getUnit().getSymbol())
				.append(" literals=").append(signal.getEnumLiterals()).append(" template=")
				.append(signal.getTemplate() == null ? null : signal.getTemplate().getName());
		for (AlarmLimit limit : signal.getAlarmLimits()) {
			line.append(" alarm ").append(limit.getKind()).append('=').append(limit.getValue()).append('/')
					.append(limit.getPriority()).append("/hyst ").append(limit.getHysteresis());
		}
		return line.toString();
	}

	private static String tag(EObject element) {
		if (element instanceof Signal signal) {
			return signal.getTag();
		}
		if (element instanceof Equipment equipment) {
			return equipment.getTag();
		}
		return element == null ? null : element.toString();
	}
}
