// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.check;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Shell;
import org.twinworks.commissioning.engine.PlannedWrites;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.loop.ArmedRunDialog;
import org.twinworks.commissioning.ui.loop.WriteRow;
import org.twinworks.model.Plant;
import org.twinworks.ui.live.LiveModel;

/** Asks the engineer to confirm every write a check's run makes, with the values the workbench shows now as old. */
final class ArmedRunConfirmation {
	private ArmedRunConfirmation() {
	}

	/**
	 * The time writes stay armed once the engineer pressed Arm and Run; empty when they cancelled.
	 *
	 * @throws EditRefused when the check's pending steps write nothing (an armed run would change nothing)
	 */
	static Optional<Duration> ask(Shell shell, EditorCampaign owner, Check check) throws EditRefused {
		Plant plant = owner.editor().getLoaded().plant();
		if (plant == null) {
			throw new EditRefused("the plant editor has no plant");
		}
		List<WriteRow> rows = WriteRow.of(PlannedWrites.of(plant, check),
				Adapters.adapt(owner.editor(), LiveModel.class));
		if (rows.isEmpty()) {
			throw new EditRefused(check.getId() + " makes no write in its pending steps: Run is enough");
		}
		ArmedRunDialog dialog = new ArmedRunDialog(shell, check, rows, CheckRun.auditFile(owner.recordFile()));
		return dialog.open() == IDialogConstants.OK_ID ? Optional.of(dialog.armFor()) : Optional.empty();
	}
}
