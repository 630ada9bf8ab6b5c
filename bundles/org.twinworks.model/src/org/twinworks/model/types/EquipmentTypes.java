// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.types;

import java.util.Collection;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Port;
import org.twinworks.model.Property;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;

/** Instances of a library type get its ports, signal templates and default properties. */
public final class EquipmentTypes {

	private EquipmentTypes() {
	}

	/** New equipment of the type, tagged {@code tag}; its signals are tagged {@code <tag>.<template tag>}. */
	public static Equipment instantiate(EquipmentType type, String tag, String name) {
		Equipment equipment = TwinFactory.eINSTANCE.createEquipment();
		equipment.setTag(tag);
		equipment.setName(name);
		equipment.setKind(type.getKind());
		equipment.setType(type);
		applyTemplates(equipment, type);
		return equipment;
	}

	/** Adds the type's ports, signals and properties the equipment does not have yet (by name / template). */
	public static void applyTemplates(Equipment equipment, EquipmentType type) {
		for (Port template : type.getPorts()) {
			if (equipment.getPorts().stream()
					.noneMatch(p -> p.getName() != null && p.getName().equals(template.getName()))) {
				equipment.getPorts().add(EcoreUtil.copy(template));
			}
		}
		for (Signal template : type.getSignals()) {
			if (equipment.getSignals().stream().noneMatch(s -> s.getTemplate() == template)) {
				Signal signal = EcoreUtil.copy(template);
				signal.setTemplate(template);
				signal.setTag(equipment.getTag() + "." + template.getTag());
				equipment.getSignals().add(signal);
			}
		}
		copyMissing(type.getProperties(), equipment.getProperties());
	}

	private static void copyMissing(Collection<Property> defaults, Collection<Property> target) {
		for (Property property : defaults) {
			if (target.stream().noneMatch(p -> p.getKey() != null && p.getKey().equals(property.getKey()))) {
				target.add(EcoreUtil.copy(property));
			}
		}
	}
}
