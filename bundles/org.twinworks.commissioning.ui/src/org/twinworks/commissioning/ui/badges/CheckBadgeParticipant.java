// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.badges;

import org.jspecify.annotations.Nullable;
import org.twinworks.ui.editor.PlantEditor;
import org.twinworks.ui.editor.participant.PlantEditorContext;
import org.twinworks.ui.editor.participant.PlantEditorContribution;
import org.twinworks.ui.editor.participant.PlantEditorParticipant;

/** Puts check-state badges on each plant editor's diagrams and I/O list (registered in plugin.xml). */
public final class CheckBadgeParticipant implements PlantEditorParticipant {

	@Override
	public @Nullable PlantEditorContribution plantLoaded(PlantEditorContext editor) {
		return editor.part() instanceof PlantEditor plantEditor
				? new CheckBadgeContribution(editor, plantEditor)
				: null;
	}
}
