// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules.expr;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * How a rule's signal reference is found. On an equipment, in this order: its signal whose tag is the equipment's
 * tag, a dot and the reference ({@code LEVEL} on TK-101 is {@code TK-101.LEVEL}); its signal whose tag is the
 * reference; its signal instantiated from the type's template of that tag ({@code RUN}); a signal of equipment
 * nested in it with that tag; and last any signal of the plant with that full tag ({@code LT-101.PV}). On a type,
 * the reference names a signal template by its tag, or a full plant tag. Build one lookup per plant: the plant's
 * tags are indexed once.
 */
public final class SignalLookup {

	private final @Nullable Plant plant;
	private @Nullable Map<String, Signal> byTag;

	public SignalLookup(@Nullable Plant plant) {
		this.plant = plant;
	}

	/** The signal {@code name} refers to in a rule of {@code equipment}, or null when there is none. */
	public @Nullable Signal find(Equipment equipment, String name) {
		String tag = equipment.getTag();
		Signal byTemplate = null;
		for (Signal signal : equipment.getSignals()) {
			String signalTag = signal.getTag();
			if (signalTag != null && (signalTag.equals(tag + "." + name) || signalTag.equals(name))) {
				return signal;
			}
			if (byTemplate == null && signal.getTemplate() != null && name.equals(signal.getTemplate().getTag())) {
				byTemplate = signal;
			}
		}
		if (byTemplate != null) {
			return byTemplate;
		}
		for (TreeIterator<EObject> it = equipment.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Signal signal && signal.eContainer() != equipment
					&& name.equals(signal.getTag())) {
				return signal;
			}
		}
		return plantSignal(name);
	}

	/** Whether {@code name} names a signal template of {@code type}, or a signal of the plant by its full tag. */
	public boolean knownOnType(EquipmentType type, String name) {
		for (Signal template : type.getSignals()) {
			if (name.equals(template.getTag())) {
				return true;
			}
		}
		return plantSignal(name) != null;
	}

	/** The plant's signal with this full tag, or null. */
	public @Nullable Signal plantSignal(String tag) {
		if (plant == null) {
			return null;
		}
		if (byTag == null) {
			Map<String, Signal> index = new HashMap<>();
			for (TreeIterator<EObject> it = plant.eAllContents(); it.hasNext();) {
				EObject element = it.next();
				if (element instanceof EquipmentType) {
					it.prune(); // templates are not plant signals
				} else if (element instanceof Signal signal && signal.getTag() != null) {
					index.putIfAbsent(signal.getTag(), signal);
				}
			}
			byTag = index;
		}
		return byTag.get(tag);
	}
}
