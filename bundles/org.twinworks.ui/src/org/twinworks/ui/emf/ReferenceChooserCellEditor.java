// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.emf;

import java.util.List;

import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/**
 * Picks the target of a reference from every candidate, with a search box: a plant has hundreds of
 * signals, too many for a combo. "(none)" clears the reference.
 */
final class ReferenceChooserCellEditor extends DialogCellEditor {
	private static final Object NONE = "(none)";
	private final String title;
	private final List<Object> choices;
	private final ILabelProvider labels;

	ReferenceChooserCellEditor(Composite parent, String title, List<Object> choices, ILabelProvider labels) {
		super(parent);
		this.title = title;
		this.choices = choices;
		this.labels = labels;
	}

	@Override
	protected Object openDialogBox(Control cellEditorWindow) {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(cellEditorWindow.getShell(),
				new org.eclipse.jface.viewers.LabelProvider() {
					@Override
					public String getText(Object element) {
						return element == NONE ? (String) NONE : labels.getText(element);
					}

					@Override
					public org.eclipse.swt.graphics.Image getImage(Object element) {
						return element == NONE ? null : labels.getImage(element);
					}
				});
		dialog.setTitle(title);
		dialog.setMessage("Type to search by tag or name (* and ? are wildcards):");
		dialog.setElements(choices.stream().map(c -> c == null ? NONE : c).toArray());
		dialog.setMultipleSelection(false);
		if (getValue() != null) {
			dialog.setInitialSelections(getValue());
		}
		if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
			return null;
		}
		Object chosen = dialog.getFirstResult();
		// DialogCellEditor treats null as "cancelled": clearing is signalled by NONE and mapped in the source
		return chosen;
	}

	static boolean isNone(Object value) {
		return value == NONE;
	}

	@Override
	protected void updateContents(Object value) {
		if (getDefaultLabel() != null) {
			getDefaultLabel().setText(value == null ? "" : labels.getText(value));
		}
	}
}
