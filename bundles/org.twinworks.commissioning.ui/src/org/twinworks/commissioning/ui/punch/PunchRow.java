// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.punch;

import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.PunchItem;

/** A punch item with the check it belongs to: one row of the punch list. */
public record PunchRow(PunchItem item, Check check) {

	String column(int index) {
		return switch (index) {
		case 0 -> nonNull(item.getText());
		case 1 -> nonNull(check.getTag() == null ? check.getId() : check.getTag());
		case 2 -> nonNull(item.getOwner());
		case 3 -> nonNull(item.getDue());
		default -> item.isOpen() ? "open" : "closed";
		};
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
