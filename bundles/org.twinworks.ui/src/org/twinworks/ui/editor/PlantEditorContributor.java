// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/** The plant editors' action bar contributor: the active editor's actions are the global handlers. */
public final class PlantEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		super.setActiveEditor(part);
		if (part instanceof PlantEditor editor && editor.actions() != null) {
			editor.actions().installOn(getActionBars());
		}
	}
}
