// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aml.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.interop.aml.AmlFeatures;
import org.twinworks.interop.aml.AmlVocabulary;
import org.twinworks.model.Binding;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Equipment;
import org.twinworks.model.Interlock;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.Named;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * The twin's endpoints with their bindings, the control loops and the interlocks, as top-level InternalElements of
 * the instance hierarchy with roles of {@value AmlVocabulary#ROLE_LIBRARY}. A reference to a signal is an
 * ExternalInterface ({@value AmlVocabulary#SIGNAL_REFERENCE_CLASS}, or {@value AmlVocabulary#OPC_UA_BINDING_CLASS}
 * for a binding) linked to the signal's interface by an InternalLink; a reference to equipment (a loop's final
 * element, what an interlock trips) is an attribute holding the equipment's CAEX ID, since CAEX links join
 * interfaces only.
 */
final class ControlExport {
	private final CaexWriter w;
	private final CaexIds ids;
	private final Set<EObject> written;

	/** @param written the signals and equipment the hierarchy holds: references to anything else are left out */
	ControlExport(CaexWriter w, CaexIds ids, Set<EObject> written) {
		this.w = w;
		this.ids = ids;
		this.written = written;
	}

	/** Returns how many InternalElements it wrote. */
	int write(Plant plant) throws XMLStreamException {
		int elements = 0;
		if (plant.getTwin() != null) {
			for (Endpoint endpoint : plant.getTwin().getEndpoints()) {
				List<Binding> bindings = new ArrayList<>();
				for (Binding binding : plant.getTwin().getBindings()) {
					if (binding.getEndpoint() == endpoint && written.contains(binding.getSignal())) {
						bindings.add(binding);
					}
				}
				if (!bindings.isEmpty() || endpoint.getUrl() != null || endpoint.getName() != null) {
					endpoint(endpoint, bindings);
					elements++;
				}
			}
		}
		for (ControlLoop loop : plant.getControlLoops()) {
			loop(loop);
			elements++;
		}
		for (Interlock interlock : plant.getInterlocks()) {
			elements += interlock(interlock);
		}
		return elements;
	}

	private void endpoint(Endpoint endpoint, List<Binding> bindings) throws XMLStreamException {
		open(endpoint, endpoint.getName() != null ? endpoint.getName() : "Endpoint");
		w.features(endpoint, AmlFeatures.ENDPOINT);
		List<String[]> links = new ArrayList<>();
		for (Binding binding : bindings) {
			String id = ids.of(endpoint, "binding:" + ids.of(binding.getSignal()));
			w.startInterface(label(binding.getSignal()), id, AmlVocabulary.OPC_UA_BINDING_CLASS);
			w.features(binding, AmlFeatures.BINDING);
			w.end();
			links.add(new String[]{id, ids.of(binding.getSignal())});
		}
		for (String[] link : links) {
			w.link("Binding", ids.of(endpoint, "link:" + link[0]), link[0], link[1]);
		}
		w.role(AmlVocabulary.ROLE_LIBRARY + "/Endpoint");
		w.end();
	}

	private void loop(ControlLoop loop) throws XMLStreamException {
		open(loop, loop.getName() != null ? loop.getName() : loop.getTag() != null ? loop.getTag() : "ControlLoop");
		w.features(loop, AmlFeatures.CONTROL_LOOP);
		equipmentReference(AmlVocabulary.FINAL_ELEMENT, loop.getFinalElement());
		List<String[]> links = new ArrayList<>();
		signalReference(loop, AmlVocabulary.MEASURED_VALUE, loop.getMeasuredValue(), links);
		signalReference(loop, AmlVocabulary.SETPOINT, loop.getSetpoint(), links);
		signalReference(loop, AmlVocabulary.OUTPUT, loop.getOutput(), links);
		links(loop, links);
		w.role(AmlVocabulary.ROLE_LIBRARY + "/ControlLoop");
		w.end();
	}

	private int interlock(Interlock interlock) throws XMLStreamException {
		open(interlock,
				interlock.getName() != null
						? interlock.getName()
						: interlock.getTag() != null ? interlock.getTag() : "Interlock");
		w.features(interlock, AmlFeatures.INTERLOCK);
		equipmentReference(AmlVocabulary.TRIPS, interlock.getTrips());
		int index = 0;
		for (InterlockCondition condition : interlock.getConditions()) {
			index++;
			String part = "condition:" + index;
			w.start("InternalElement");
			w.attr("Name", "Condition " + index);
			w.attr("ID", ids.of(interlock, part));
			w.features(condition, AmlFeatures.INTERLOCK_CONDITION);
			List<String[]> links = new ArrayList<>();
			signalReference(interlock, part + "/" + AmlVocabulary.CONDITION_SIGNAL, condition.getSignal(), links);
			for (String[] link : links) {
				w.link(AmlVocabulary.CONDITION_SIGNAL, ids.of(interlock, part + "/link"), link[0], link[1]);
			}
			w.role(AmlVocabulary.ROLE_LIBRARY + "/InterlockCondition");
			w.end();
		}
		w.role(AmlVocabulary.ROLE_LIBRARY + "/Interlock");
		w.end();
		return 1 + index;
	}

	private void open(Named named, String name) throws XMLStreamException {
		w.start("InternalElement");
		w.attr("Name", name);
		w.attr("ID", ids.of(named));
		if (named.getDescription() != null) {
			w.text("Description", named.getDescription());
		}
	}

	private void equipmentReference(String name, @Nullable Equipment equipment) throws XMLStreamException {
		if (equipment != null && written.contains(equipment)) {
			w.attribute(name, "xs:string", ids.of(equipment));
		}
	}

	/** An interface named after the role the signal plays (its own name is the last part of {@code part}). */
	private void signalReference(Named owner, String part, @Nullable Signal signal, List<String[]> links)
			throws XMLStreamException {
		if (signal == null || !written.contains(signal)) {
			return;
		}
		String id = ids.of(owner, part);
		w.startInterface(part.substring(part.lastIndexOf('/') + 1), id, AmlVocabulary.SIGNAL_REFERENCE_CLASS);
		w.end();
		links.add(new String[]{id, ids.of(signal)});
	}

	private void links(Named owner, List<String[]> links) throws XMLStreamException {
		for (String[] link : links) {
			w.link("Signal", ids.of(owner, "link:" + link[0]), link[0], link[1]);
		}
	}

	private static String label(@Nullable Signal signal) {
		if (signal == null) {
			return "Binding";
		}
		return signal.getTag() != null ? signal.getTag() : signal.getName() != null ? signal.getName() : "Binding";
	}
}
