// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import org.twinworks.commissioning.record.PunchItem;

/** A punch item as a line of a sheet and as a row of the punch list. */
final class PunchText {
	static final String[] HEADERS = {"State", "Item", "Check", "Text", "Owner", "Due", "Created"};

	private PunchText() {
	}

	static String state(PunchItem item) {
		return item.isOpen() ? "open" : "closed";
	}

	static String line(PunchItem item) {
		StringBuilder line = new StringBuilder().append('[').append(state(item)).append("] ")
				.append(Texts.of(item.getText()));
		if (item.getOwner() != null && !item.getOwner().isEmpty()) {
			line.append("  owner ").append(item.getOwner());
		}
		if (item.getDue() != null && !item.getDue().isEmpty()) {
			line.append("  due ").append(item.getDue());
		}
		return line.toString();
	}

	static String[] cells(ReportData.Punch punch) {
		PunchItem item = punch.item();
		String check = Texts.of(punch.check().getTag());
		return new String[]{state(item), Texts.of(item.getId()),
				check.isEmpty() ? Texts.of(punch.check().getId()) : check, Texts.of(item.getText()),
				Texts.of(item.getOwner()), Texts.of(item.getDue()), Texts.of(item.getCreated())};
	}
}
