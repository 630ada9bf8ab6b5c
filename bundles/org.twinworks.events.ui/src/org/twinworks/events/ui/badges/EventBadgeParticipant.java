// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.badges;

import org.jspecify.annotations.Nullable;
import org.twinworks.events.ui.WorkbenchEvents;
import org.twinworks.ui.editor.participant.PlantEditorContext;
import org.twinworks.ui.editor.participant.PlantEditorContribution;
import org.twinworks.ui.editor.participant.PlantEditorParticipant;

/**
 * Puts event badges on each plant editor's diagrams (registered in plugin.xml); the first editor also starts the
 * workbench's events, so an engine runs as soon as any plant connects.
 */
public final class EventBadgeParticipant implements PlantEditorParticipant {

	@Override
	public @Nullable PlantEditorContribution plantLoaded(PlantEditorContext editor) {
		return new EventBadgeContribution(editor, WorkbenchEvents.get());
	}
}
