// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Binding;
import org.twinworks.model.Connection;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Equipment;
import org.twinworks.model.EventRule;
import org.twinworks.model.Interlock;
import org.twinworks.model.Named;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.Twin;

/** How engineers refer to elements: by tag where there is one, by name otherwise, and by path in the plant. */
public final class ModelPaths {

	private ModelPaths() {
	}

	/** The element's path below its plant, e.g. {@code Clear Water/Storage/TK-201/LT-201.PV}. */
	public static String path(EObject element) {
		Deque<String> segments = new ArrayDeque<>();
		for (EObject e = element; e != null && !(e instanceof Plant) && !(e instanceof Twin); e = e.eContainer()) {
			segments.addFirst(label(e));
		}
		return String.join("/", segments);
	}

	/** The tag if the element has one, else its name, else what it is. */
	public static String label(EObject element) {
		String tag = tagOf(element);
		if (tag != null && !tag.isBlank()) {
			return tag;
		}
		if (element instanceof Named named && named.getName() != null && !named.getName().isBlank()) {
			return named.getName();
		}
		if (element instanceof Binding binding) {
			return "binding of " + (binding.getSignal() == null ? "(no signal)" : label(binding.getSignal()));
		}
		if (element instanceof AlarmLimit limit) {
			return limit.getKind().getLiteral() + " limit";
		}
		if (element instanceof EngineeringUnit unit) {
			return unit.getCode() == null ? "(unit without code)" : unit.getCode();
		}
		return "(unnamed " + kindOf(element) + ")";
	}

	/** "Signal LT-201.PV at Clear Water/Storage/TK-201/LT-201.PV": what diagnostics start with. */
	public static String describe(EObject element) {
		String path = path(element);
		String label = label(element);
		return kindOf(element) + " " + label + (path.isEmpty() || path.equals(label) ? "" : " at " + path);
	}

	/** Human-readable kind: "Control loop" for ControlLoop. */
	public static String kindOf(EObject element) {
		String name = element.eClass().getName();
		StringBuilder kind = new StringBuilder().append(name.charAt(0));
		for (int i = 1; i < name.length(); i++) {
			char c = name.charAt(i);
			kind.append(Character.isUpperCase(c) ? " " + Character.toLowerCase(c) : c);
		}
		return kind.toString();
	}

	public static @Nullable String tagOf(EObject element) {
		if (element instanceof Equipment e) {
			return e.getTag();
		} else if (element instanceof Signal s) {
			return s.getTag();
		} else if (element instanceof Connection c) {
			return c.getTag();
		} else if (element instanceof ControlLoop l) {
			return l.getTag();
		} else if (element instanceof Interlock i) {
			return i.getTag();
		} else if (element instanceof EventRule r) {
			return r.getTag();
		}
		return null;
	}

	/** The equipment a port or signal belongs to; null for a type's template. */
	public static @Nullable Equipment owningEquipment(EObject element) {
		return element.eContainer() instanceof Equipment equipment ? equipment : null;
	}

	/** The plant an element belongs to, or null when it is detached. */
	public static @Nullable Plant plantOf(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Plant plant) {
				return plant;
			}
		}
		return null;
	}
}
