// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor.participant;

import java.util.Collection;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IEditorPart;
import org.twinworks.model.Plant;

/** What a plant editor shows a participant: its part, its plant and domain, and what to repaint. UI thread only. */
public interface PlantEditorContext {

	IEditorPart part();

	Plant plant();

	EditingDomain domain();

	/** Asks the tree for the labels of {@code elements} again (its label suffixes changed). */
	void refreshLabels(Collection<?> elements);

	/** Asks the tree for every label again. */
	void refreshAllLabels();

	/** Rebuilds the scenes of the diagram pages built so far, so their decorations are asked again. */
	void refreshDiagrams();
}
