// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.graphics.TextStyle;
import org.twinworks.commissioning.record.Check;

/**
 * The Check column: group rows show done/total; check rows the tag, title and kind. An obsolete check stays in the list, greyed and
 * struck through: its evidence is kept, it just no longer counts.
 */
final class ChecklistLabels extends StyledCellLabelProvider {
	private static final StyledString.Styler STRUCK = new StyledString.Styler() {
		@Override
		public void applyStyles(TextStyle style) {
			StyledString.QUALIFIER_STYLER.applyStyles(style);
			style.strikeout = true;
		}
	};

	private final StateImages images;

	ChecklistLabels(StateImages images) {
		this.images = images;
	}

	@Override
	public void update(ViewerCell cell) {
		Object element = cell.getElement();
		StyledString text = new StyledString();
		if (element instanceof ChecklistGroup group) {
			ChecklistCounts counts = group.counts();
			text.append(group.label());
			text.append("  " + counts.of(ChecklistState.PASSED) + "/" + counts.total(), StyledString.COUNTER_STYLER);
			cell.setImage(images.of(counts.worst()));
		} else if (element instanceof Check check) {
			if (check.isObsolete()) {
				text.append(label(check), STRUCK);
				cell.setImage(images.obsolete());
			} else {
				text.append(check.getTag() == null ? check.getId() : check.getTag());
				text.append("  " + nonNull(check.getTitle()), StyledString.QUALIFIER_STYLER);
				cell.setImage(images.of(check.getState()));
			}
			text.append("  [" + check.getKind().getLiteral() + "]", StyledString.DECORATIONS_STYLER);
		}
		cell.setText(text.getString());
		cell.setStyleRanges(text.getStyleRanges());
		super.update(cell);
	}

	static String label(Check check) {
		return (check.getTag() == null ? check.getId() : check.getTag()) + "  " + nonNull(check.getTitle());
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	@Override
	public String getToolTipText(Object element) {
		if (element instanceof Check check) {
			String base = check.getId() + " · " + ChecklistState.of(check).label()
					+ (check.getAssignee() == null ? "" : " · assigned to " + check.getAssignee());
			return check.isObsolete()
					? base + "\n" + check.getObsoleteReason()
					: check.getReason() == null ? base : base + "\n" + check.getReason();
		}
		return element instanceof ChecklistGroup group ? group.counts().summary() : null;
	}
}
