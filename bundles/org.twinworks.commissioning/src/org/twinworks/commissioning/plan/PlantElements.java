// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.plan;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Area;
import org.twinworks.model.Binding;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;

/** How the commissioning record finds and names plant elements: by UUID, area and owning equipment. */
public final class PlantElements {

	private PlantElements() {
	}

	/** The element's UUID (its xmi:id), or its URI fragment when it is not in a resource with ids. */
	public static String idOf(EObject element) {
		if (element.eResource() instanceof XMLResource xml) {
			String id = xml.getID(element);
			if (id != null) {
				return id;
			}
		}
		return EcoreUtil.getURI(element).fragment();
	}

	/** The name of the area the element is in, or "" outside any area. */
	public static String areaOf(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Area area) {
				return area.getName() == null ? "" : area.getName();
			}
		}
		return "";
	}

	/** The equipment holding the element directly (a signal's owner), or null. */
	public static @Nullable Equipment equipmentOf(EObject element) {
		for (EObject e = element.eContainer(); e != null; e = e.eContainer()) {
			if (e instanceof Equipment equipment) {
				return equipment;
			}
		}
		return null;
	}

	/** The outermost equipment the element belongs to (a pump for its motor's signals): what parallel runs lock. */
	public static @Nullable Equipment unitOf(EObject element) {
		Equipment outermost = element instanceof Equipment self ? self : null;
		for (EObject e = element.eContainer(); e != null; e = e.eContainer()) {
			if (e instanceof Equipment equipment) {
				outermost = equipment;
			}
		}
		return outermost;
	}

	/** The active binding of a signal, or null when it is not bound. */
	public static @Nullable Binding bindingOf(Plant plant, Signal signal) {
		if (plant.getTwin() == null) {
			return null;
		}
		for (Binding binding : plant.getTwin().getBindings()) {
			if (binding.getSignal() == signal && binding.isActive()) {
				return binding;
			}
		}
		return null;
	}

	public static boolean isNumeric(Signal signal) {
		return switch (signal.getDataType()) {
		case BOOLEAN, STRING, DATE_TIME, ENUMERATION -> false;
		default -> true;
		};
	}

	public static boolean isRanged(Signal signal) {
		return isNumeric(signal) && signal.getRangeLow() != null && signal.getRangeHigh() != null
				&& signal.getRangeHigh() > signal.getRangeLow();
	}

	public static boolean isBoolean(Signal signal) {
		return signal.getDataType() == SignalDataType.BOOLEAN;
	}

	/**
	 * The feedback of an output: a valve's POS for its OUT, a drive's X for its X_SP, a machine's RUN (or an on/off
	 * valve's ZSO) for its CMD, found on the output's equipment; null when the model has none.
	 */
	public static @Nullable Signal feedbackOf(Signal output) {
		Equipment owner = equipmentOf(output);
		String suffix = suffixOf(output.getTag());
		if (owner == null || suffix.isEmpty()) {
			return null;
		}
		if (suffix.equals("OUT")) {
			return sibling(owner, "POS");
		}
		if (suffix.endsWith("_SP")) {
			return sibling(owner, suffix.substring(0, suffix.length() - 3));
		}
		if (suffix.equals("CMD")) {
			Signal run = sibling(owner, "RUN");
			return run != null ? run : sibling(owner, "ZSO");
		}
		return null;
	}

	/** The controller's mode signal of a loop: the enumeration ending in {@code .MODE} beside its setpoint. */
	public static @Nullable Signal modeOf(ControlLoop loop) {
		Signal setpoint = loop.getSetpoint();
		Equipment controller = setpoint == null ? null : equipmentOf(setpoint);
		return controller == null ? null : sibling(controller, "MODE");
	}

	/** The equipment's signal whose tag ends in {@code .suffix} (CMD, RUN, POS...), or null. */
	public static @Nullable Signal sibling(Equipment equipment, String suffix) {
		for (Signal signal : equipment.getSignals()) {
			if (suffix.equals(suffixOf(signal.getTag()))) {
				return signal;
			}
		}
		return null;
	}

	static String suffixOf(@Nullable String tag) {
		return tag == null ? "" : tag.substring(tag.lastIndexOf('.') + 1);
	}
}
