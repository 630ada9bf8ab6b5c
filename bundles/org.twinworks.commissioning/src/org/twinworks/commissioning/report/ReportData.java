// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.PunchItem;

/**
 * The campaign arranged once for every format: current checks grouped by area (in the record's order, which is the
 * plant's), obsolete checks apart, counts per area and kind, and the punch list with open items first.
 */
final class ReportData {

	/** The current checks of one area. */
	record AreaChecks(String area, List<Check> checks) {
	}

	/** A punch item with the check it belongs to. */
	record Punch(Check check, PunchItem item) {
	}

	final Campaign campaign;
	final ReportContext context;
	final List<AreaChecks> areas = new ArrayList<>();
	final List<Check> obsolete = new ArrayList<>();
	final List<StateCounts> byArea = new ArrayList<>();
	final List<StateCounts> byKind = new ArrayList<>();
	final StateCounts total = new StateCounts("all");
	final List<Punch> punchList = new ArrayList<>();

	ReportData(Campaign campaign, ReportContext context) {
		this.campaign = campaign;
		this.context = context;
		Map<String, List<Check>> areaChecks = new LinkedHashMap<>();
		Map<String, StateCounts> areaCounts = new LinkedHashMap<>();
		Map<CheckKind, StateCounts> kindCounts = new EnumMap<>(CheckKind.class);
		List<Punch> closed = new ArrayList<>();
		for (Check check : campaign.getChecks()) {
			String area = Texts.area(check);
			areaCounts.computeIfAbsent(area, StateCounts::new).add(check);
			kindCounts.computeIfAbsent(check.getKind(), kind -> new StateCounts(Texts.kind(kind))).add(check);
			total.add(check);
			if (check.isObsolete()) {
				obsolete.add(check);
			} else {
				areaChecks.computeIfAbsent(area, a -> new ArrayList<>()).add(check);
			}
			for (PunchItem item : check.getPunchItems()) {
				(item.isOpen() ? punchList : closed).add(new Punch(check, item));
			}
		}
		punchList.addAll(closed);
		areaChecks.forEach((area, checks) -> areas.add(new AreaChecks(area, checks)));
		byArea.addAll(areaCounts.values());
		byKind.addAll(kindCounts.values());
	}

	int checkCount() {
		return campaign.getChecks().size();
	}

	String plantName() {
		String name = context.plantName();
		return name.isBlank() ? Texts.of(campaign.getPlantName()) : name;
	}
}
