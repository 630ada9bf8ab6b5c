// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.window.Window;
import org.twinworks.model.Named;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.rules.ModelPaths;

/** F2: rename the selected element: its tag where it has one (what engineers call it), else its name. */
final class RenameAction extends Action {
	private final EditingDomain domain;
	private final StructuredViewer viewer;

	RenameAction(EditingDomain domain, StructuredViewer viewer) {
		super("Re&name...");
		this.domain = domain;
		this.viewer = viewer;
	}

	static EStructuralFeature renamedFeature(EObject element) {
		if (ModelPaths.tagOf(element) != null || element.eClass().getEStructuralFeature("tag") != null) {
			return element.eClass().getEStructuralFeature("tag");
		}
		return element instanceof Named ? TwinPackage.Literals.NAMED__NAME : null;
	}

	@Override
	public void run() {
		if (!(viewer.getStructuredSelection().getFirstElement() instanceof EObject element)) {
			return;
		}
		EStructuralFeature feature = renamedFeature(element);
		if (feature == null) {
			return;
		}
		Object current = element.eGet(feature);
		String what = feature.getName().equals("tag") ? "tag" : "name";
		InputDialog dialog = new InputDialog(viewer.getControl().getShell(), "Rename " + ModelPaths.kindOf(element),
				"New " + what + " of " + ModelPaths.describe(element) + ":", current == null ? "" : current.toString(),
				text -> text.isBlank() ? "The " + what + " cannot be empty." : null);
		if (dialog.open() == Window.OK && !dialog.getValue().strip().equals(current)) {
			domain.getCommandStack().execute(SetCommand.create(domain, element, feature, dialog.getValue().strip()));
		}
	}
}
