// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app;

import java.io.IOException;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;

/** Help > Getting Started. */
final class GettingStartedAction extends Action {
	static final String ID = "org.twinworks.app.gettingStarted";
	private final IWorkbenchWindow window;

	GettingStartedAction(IWorkbenchWindow window) {
		super("&Getting Started");
		this.window = window;
		setId(ID);
	}

	@Override
	public void run() {
		try {
			GettingStarted.open(window.getShell());
		} catch (IOException e) {
			MessageDialog.openError(window.getShell(), "Getting Started", e.getMessage());
		}
	}
}
