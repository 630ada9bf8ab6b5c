// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import org.eclipse.jface.action.Action;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.check.CheckEdits;
import org.twinworks.commissioning.ui.check.EditRefused;

/**
 * Undo and Redo (Ctrl+Z, Ctrl+Y) of the campaign's check edits while the Checklist view is active, so an assignment
 * made there is taken back there; the same stack as the Check view's. A refusal is shown in the view's message line.
 */
final class ChecklistUndo {
	private final Label message;
	private @Nullable EditorCampaign campaign;
	private final Action undo = new Action("Undo") {
		@Override
		public void run() {
			edit(true);
		}
	};
	private final Action redo = new Action("Redo") {
		@Override
		public void run() {
			edit(false);
		}
	};

	ChecklistUndo(IActionBars bars, Label message) {
		this.message = message;
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		update(null);
	}

	void update(@Nullable EditorCampaign shown) {
		campaign = shown;
		CheckEdits edits = shown == null || shown.campaign() == null ? null : CheckEdits.of(shown);
		undo.setEnabled(edits != null && edits.canUndo());
		redo.setEnabled(edits != null && edits.canRedo());
		String label = edits == null ? null : edits.undoLabel();
		undo.setText(label == null ? "Undo" : "Undo " + label);
	}

	private void edit(boolean back) {
		EditorCampaign shown = campaign;
		if (shown == null) {
			return;
		}
		try {
			if (back) {
				CheckEdits.of(shown).undo();
			} else {
				CheckEdits.of(shown).redo();
			}
		} catch (EditRefused e) {
			message.setText((back ? "Cannot undo: " : "Cannot redo: ") + e.getMessage());
		}
		update(shown);
	}
}
