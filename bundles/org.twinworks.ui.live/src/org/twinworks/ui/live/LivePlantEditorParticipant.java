// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import org.twinworks.ui.editor.participant.PlantEditorContext;
import org.twinworks.ui.editor.participant.PlantEditorContribution;
import org.twinworks.ui.editor.participant.PlantEditorParticipant;

/** Opens the live side of each plant a plant editor loads (registered in plugin.xml). */
public final class LivePlantEditorParticipant implements PlantEditorParticipant {

	@Override
	public PlantEditorContribution plantLoaded(PlantEditorContext editor) {
		return new LiveEditorContribution(editor);
	}
}
