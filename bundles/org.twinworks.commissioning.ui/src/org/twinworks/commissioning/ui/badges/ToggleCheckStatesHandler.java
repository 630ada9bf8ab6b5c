// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.badges;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.State;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.jspecify.annotations.Nullable;

/** The "Check States" layer toggle on the toolbar: shows or hides the badges of every plant editor. */
public final class ToggleCheckStatesHandler extends AbstractHandler {
	public static final String COMMAND = "org.twinworks.commissioning.ui.toggleCheckStates";
	private static final String TOGGLE_STATE = "org.eclipse.ui.commands.toggleState";

	@Override
	public @Nullable Object execute(ExecutionEvent event) {
		CheckStatesLayer.setVisible(!CheckStatesLayer.visible());
		return null;
	}

	/** The toolbar button shows the layer as it is, however it was toggled (the context menu, say). */
	static void showLayerState() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Command command = commands.getCommand(COMMAND);
		State state = command.getState(TOGGLE_STATE);
		if (state != null) {
			state.setValue(CheckStatesLayer.visible());
			commands.refreshElements(COMMAND, null);
		}
	}
}
