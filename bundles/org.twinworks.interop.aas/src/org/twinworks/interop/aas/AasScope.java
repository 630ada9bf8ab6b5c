// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.twinworks.model.Area;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentHolder;
import org.twinworks.model.Plant;
import org.twinworks.model.Unit;
import org.twinworks.model.WorkCenter;

/**
 * Which equipment an export covers: all of it when the scope is empty, else the equipment in (or being) an area,
 * work centre, unit or piece of equipment whose name or tag equals a scope entry (case-insensitive), with the
 * equipment nested below it.
 */
public final class AasScope {

	private AasScope() {
	}

	/** The equipment in scope, in plant order; throws {@link AasScopeException} if an entry matches nothing. */
	public static List<Equipment> select(Plant plant, Collection<String> scope) {
		Set<Equipment> selected = new LinkedHashSet<>();
		List<String> unmatched = new ArrayList<>();
		for (String entry : scope) {
			int before = selected.size();
			boolean matched = false;
			for (EquipmentHolder holder : holders(plant)) {
				if (matches(holder, entry)) {
					matched = true;
					collect(holder, selected);
				}
			}
			if (!matched && selected.size() == before) {
				unmatched.add(entry);
			}
		}
		if (!unmatched.isEmpty()) {
			throw new AasScopeException(plant.getName() == null ? "(unnamed)" : plant.getName(), unmatched);
		}
		if (scope.isEmpty()) {
			plant.getAreas().forEach(area -> collect(area, selected));
		}
		// plant order, whatever the order of the scope entries
		List<Equipment> ordered = new ArrayList<>();
		Set<Equipment> all = new LinkedHashSet<>();
		plant.getAreas().forEach(area -> collect(area, all));
		for (Equipment equipment : all) {
			if (selected.contains(equipment)) {
				ordered.add(equipment);
			}
		}
		return ordered;
	}

	private static boolean matches(EquipmentHolder holder, String entry) {
		if (holder.getName() != null && holder.getName().equalsIgnoreCase(entry)) {
			return true;
		}
		return holder instanceof Equipment equipment && equipment.getTag() != null
				&& equipment.getTag().equalsIgnoreCase(entry);
	}

	private static List<EquipmentHolder> holders(Plant plant) {
		List<EquipmentHolder> holders = new ArrayList<>();
		for (Area area : plant.getAreas()) {
			holders.add(area);
			for (WorkCenter center : area.getWorkCenters()) {
				holders.add(center);
				for (Unit unit : center.getUnits()) {
					holders.add(unit);
					equipmentBelow(unit, holders);
				}
				equipmentBelow(center, holders);
			}
			equipmentBelow(area, holders);
		}
		return holders;
	}

	private static void equipmentBelow(EquipmentHolder holder, List<EquipmentHolder> into) {
		for (Equipment equipment : holder.getEquipment()) {
			into.add(equipment);
			equipmentBelow(equipment, into);
		}
	}

	private static void collect(EquipmentHolder holder, Set<Equipment> into) {
		if (holder instanceof Equipment equipment) {
			into.add(equipment);
		}
		if (holder instanceof Area area) {
			for (WorkCenter center : area.getWorkCenters()) {
				collect(center, into);
			}
		}
		if (holder instanceof WorkCenter center) {
			for (Unit unit : center.getUnits()) {
				collect(unit, into);
			}
		}
		for (Equipment equipment : holder.getEquipment()) {
			collect(equipment, into);
		}
	}
}
