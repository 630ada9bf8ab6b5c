// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.quickfix;

import java.util.List;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.twinworks.model.edit.quickfix.QuickFix;

/** Asks the user for a fix's choice (the endpoint, the unit, the signal); null when the user cancels. */
@FunctionalInterface
public interface FixChooser {

	Object choose(QuickFix fix, List<Object> choices, Shell shell);

	/** A filtered list of the choices, labelled by the fix. */
	FixChooser DIALOG = (fix, choices, shell) -> {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				return fix.choiceLabel(element);
			}
		});
		dialog.setTitle(fix.label().replace("...", ""));
		dialog.setMessage("Pick one (type to filter):");
		dialog.setElements(choices.toArray());
		dialog.setMultipleSelection(false);
		return dialog.open() == Window.OK ? dialog.getFirstResult() : null;
	};
}
