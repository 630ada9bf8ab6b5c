// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;

/**
 * The checks of a campaign that pass a filter, grouped area → equipment (or loops, interlocks) → check. Built in one
 * pass outside the viewer, which only asks for the rows it shows: a 20,000-check campaign groups in milliseconds.
 */
public final class ChecklistTree {
	private static final String NO_AREA = "(no area)";
	private static final String NO_EQUIPMENT = "(no equipment)";

	private final List<ChecklistGroup> areas;
	private final Set<ChecklistGroup> groups = new HashSet<>();
	private final Map<Check, ChecklistGroup> parents;
	private final ChecklistCounts all;
	private final ChecklistCounts shown;

	private ChecklistTree(List<ChecklistGroup> areas, Map<Check, ChecklistGroup> parents, ChecklistCounts all,
			ChecklistCounts shown) {
		this.areas = areas;
		this.parents = parents;
		this.all = all;
		this.shown = shown;
		for (ChecklistGroup area : areas) {
			groups.add(area);
			area.children().forEach(group -> groups.add((ChecklistGroup) group));
		}
	}

	public static ChecklistTree empty() {
		return new ChecklistTree(List.of(), Map.of(), new ChecklistCounts(), new ChecklistCounts());
	}

	public static ChecklistTree of(@Nullable Campaign campaign, ChecklistFilter filter) {
		if (campaign == null) {
			return empty();
		}
		Map<String, ChecklistGroup> areas = new LinkedHashMap<>();
		Map<String, ChecklistGroup> groups = new HashMap<>();
		Map<Check, ChecklistGroup> parents = new IdentityHashMap<>();
		ChecklistCounts all = new ChecklistCounts();
		ChecklistCounts shown = new ChecklistCounts();
		for (Check check : campaign.getChecks()) {
			all.add(check);
			if (!filter.accepts(check)) {
				continue;
			}
			shown.add(check);
			String areaName = blankTo(check.getArea(), NO_AREA);
			ChecklistGroup area = areas.computeIfAbsent(areaName,
					name -> new ChecklistGroup(ChecklistGroup.Kind.AREA, name, null));
			ChecklistGroup.Kind kind = switch (check.getKind()) {
			case LOOP -> ChecklistGroup.Kind.LOOPS;
			case INTERLOCK -> ChecklistGroup.Kind.INTERLOCKS;
			default -> ChecklistGroup.Kind.EQUIPMENT;
			};
			String label = switch (kind) {
			case LOOPS -> "Control loops";
			case INTERLOCKS -> "Interlocks";
			default -> blankTo(check.getEquipment(), NO_EQUIPMENT);
			};
			ChecklistGroup group = groups.computeIfAbsent(areaName + '\u0000' + kind + '\u0000' + label, key -> {
				ChecklistGroup created = new ChecklistGroup(kind, label, area);
				area.children.add(created);
				return created;
			});
			group.children.add(check);
			group.counts.add(check);
			area.counts.add(check);
			parents.put(check, group);
		}
		return new ChecklistTree(new ArrayList<>(areas.values()), parents, all, shown);
	}

	private static String blankTo(@Nullable String value, String otherwise) {
		return value == null || value.isBlank() ? otherwise : value;
	}

	public List<ChecklistGroup> areas() {
		return areas;
	}

	/** The group a shown check is in, or null when the filter hides it. */
	public @Nullable ChecklistGroup groupOf(Check check) {
		return parents.get(check);
	}

	/** Every check of the campaign, filtered or not. */
	public ChecklistCounts all() {
		return all;
	}

	/** The checks the filter lets through. */
	public ChecklistCounts shown() {
		return shown;
	}

	/** True when the group (by path) has checks shown. */
	public boolean contains(ChecklistGroup group) {
		return groups.contains(group);
	}

	public int shownChecks() {
		return parents.size();
	}
}
