// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import java.util.Collection;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.ui.IEditorPart;
import org.twinworks.model.Plant;
import org.twinworks.ui.editor.participant.PlantEditorContext;

/** The plant editor as its participants see it. */
record ParticipantContext(IEditorPart part, Plant plant, EditingDomain domain, TreeViewer tree,
		Runnable diagrams) implements PlantEditorContext {

	@Override
	public void refreshLabels(Collection<?> elements) {
		if (!tree.getControl().isDisposed() && !elements.isEmpty()) {
			tree.update(elements.toArray(), null);
		}
	}

	@Override
	public void refreshAllLabels() {
		if (!tree.getControl().isDisposed()) {
			tree.refresh(true);
		}
	}

	@Override
	public void refreshDiagrams() {
		diagrams.run();
	}
}
