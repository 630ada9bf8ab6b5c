// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor.participant;

import org.jspecify.annotations.Nullable;

/**
 * Registered with {@code org.twinworks.ui.plantEditorParticipants}: one instance per plant editor, told on the UI
 * thread each time that editor loads its plant (when it opens and whenever it reloads the file).
 */
public interface PlantEditorParticipant {

	/**
	 * What this participant adds to the editor for the plant just loaded, or null for nothing. The editor closes
	 * the contribution before it loads the file again and when it closes.
	 */
	@Nullable
	PlantEditorContribution plantLoaded(PlantEditorContext editor);
}
