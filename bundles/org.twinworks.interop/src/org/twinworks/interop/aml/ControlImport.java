// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Binding;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Equipment;
import org.twinworks.model.Interlock;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.Signal;
import org.twinworks.model.Twin;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.TwinPackage;

/**
 * Endpoints with their bindings, control loops and interlocks (top-level InternalElements with our roles, as
 * {@code AmlExporter} writes them) into the draft, after the hierarchy: they refer to its signals (through an
 * interface of their own linked to the signal's) and equipment (by CAEX ID in an attribute). A reference that names
 * nothing mapped is reported and left unset; a value that does not parse leaves its element out, reported.
 */
final class ControlImport {
	private static final TwinFactory F = TwinFactory.eINSTANCE;
	private static final TwinPackage P = TwinPackage.eINSTANCE;

	private final AmlImporter.Builder builder;
	private boolean placeholderEndpoint = true;

	ControlImport(AmlImporter.Builder builder) {
		this.builder = builder;
	}

	void map(List<CaexElement> controls) throws AmlException {
		// endpoints first: nothing refers to them, and they hold the bindings
		for (EClass kind : List.of(P.getEndpoint(), P.getControlLoop(), P.getInterlock())) {
			for (CaexElement element : controls) {
				if (builder.controlRoleOf(element) == kind) {
					if (kind == P.getEndpoint()) {
						endpoint(element);
					} else if (kind == P.getControlLoop()) {
						loop(element);
					} else {
						interlock(element);
					}
				}
			}
		}
	}

	private void endpoint(CaexElement element) throws AmlException {
		Endpoint endpoint = F.createEndpoint();
		builder.named(endpoint, element);
		if (!builder.features(endpoint, element, AmlFeatures.ENDPOINT)) {
			return;
		}
		Twin twin = builder.plant.getTwin();
		if (placeholderEndpoint) {
			twin.getEndpoints().clear(); // the file names its endpoints: no placeholder for the plant's first one
			placeholderEndpoint = false;
		}
		twin.getEndpoints().add(endpoint);
		for (Map.Entry<CaexElement, Signal> bound : linkedSignals(element).entrySet()) {
			Binding binding = F.createBinding();
			if (builder.features(binding, bound.getKey(), AmlFeatures.BINDING)) {
				binding.setEndpoint(endpoint);
				binding.setSignal(bound.getValue());
				twin.getBindings().add(binding);
			}
		}
	}

	private void loop(CaexElement element) throws AmlException {
		ControlLoop loop = F.createControlLoop();
		builder.named(loop, element);
		if (!builder.features(loop, element, AmlFeatures.CONTROL_LOOP, AmlVocabulary.FINAL_ELEMENT)) {
			return;
		}
		loop.setFinalElement(equipment(element, AmlVocabulary.FINAL_ELEMENT));
		for (Map.Entry<CaexElement, Signal> used : linkedSignals(element).entrySet()) {
			String name = used.getKey().attribute("Name", "");
			switch (name) {
			case AmlVocabulary.MEASURED_VALUE -> loop.setMeasuredValue(used.getValue());
			case AmlVocabulary.SETPOINT -> loop.setSetpoint(used.getValue());
			case AmlVocabulary.OUTPUT -> loop.setOutput(used.getValue());
			default -> builder.note(used.getKey(),
					"interface " + name + " of loop " + loop.getName() + " not mapped (loops use "
							+ AmlVocabulary.MEASURED_VALUE + ", " + AmlVocabulary.SETPOINT + " and "
							+ AmlVocabulary.OUTPUT + ")");
			}
		}
		builder.plant.getControlLoops().add(loop);
	}

	private void interlock(CaexElement element) throws AmlException {
		Interlock interlock = F.createInterlock();
		builder.named(interlock, element);
		if (!builder.features(interlock, element, AmlFeatures.INTERLOCK, AmlVocabulary.TRIPS)) {
			return;
		}
		interlock.setTrips(equipment(element, AmlVocabulary.TRIPS));
		for (CaexElement child : element.children("InternalElement")) {
			if (child.attribute("ID") != null) {
				builder.claimId(child, child.attribute("ID"));
			}
			InterlockCondition condition = F.createInterlockCondition();
			if (!builder.features(condition, child, AmlFeatures.INTERLOCK_CONDITION)) {
				continue;
			}
			for (Signal signal : linkedSignals(child).values()) {
				condition.setSignal(signal);
			}
			interlock.getConditions().add(condition);
		}
		builder.plant.getInterlocks().add(interlock);
	}

	private @Nullable Equipment equipment(CaexElement element, String attributeName) {
		for (CaexElement attribute : element.children("Attribute")) {
			String id = AmlImporter.Builder.value(attribute);
			if (attributeName.equals(attribute.attribute("Name")) && id != null) {
				Equipment found = builder.equipmentById.get(id);
				if (found == null) {
					builder.note(attribute, attributeName + " \"" + id + "\" of " + element.attribute("Name")
							+ " names no equipment of this file; left unset");
				}
				return found;
			}
		}
		return null;
	}

	/**
	 * The element's interfaces and the signals its InternalLinks join them to; an interface without a link to a
	 * signal is reported.
	 */
	private Map<CaexElement, Signal> linkedSignals(CaexElement element) throws AmlException {
		Map<String, CaexElement> own = new LinkedHashMap<>();
		for (CaexElement external : element.children("ExternalInterface")) {
			String id = external.attribute("ID");
			if (id != null) {
				builder.claimId(external, id);
				own.put(id, external);
			}
			own.put(element.attribute("ID", "") + ":" + external.attribute("Name", ""), external);
		}
		Map<CaexElement, Signal> linked = new LinkedHashMap<>();
		for (CaexElement link : element.children("InternalLink")) {
			String a = link.attribute("RefPartnerSideA", "");
			String b = link.attribute("RefPartnerSideB", "");
			CaexElement mine = own.containsKey(a) ? own.get(a) : own.get(b);
			String other = own.containsKey(a) ? b : a;
			if (mine == null || other.isEmpty()) {
				builder.note(link, "link " + link.attribute("Name") + " joins no interface of "
						+ element.attribute("Name") + " to a signal; not mapped");
				continue;
			}
			if (builder.partner(link, other) instanceof Signal signal) {
				linked.put(mine, signal);
			} else {
				builder.note(link, "link " + link.attribute("Name") + " of " + element.attribute("Name")
						+ " does not end at a signal; not mapped");
			}
		}
		for (CaexElement external : element.children("ExternalInterface")) {
			if (!linked.containsKey(external)) {
				builder.note(external, "interface " + external.attribute("Name") + " of " + element.attribute("Name")
						+ " is linked to no signal; not mapped");
			}
		}
		return linked;
	}
}
