// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;

/** Help > About Twinworks, with the versions of every component. */
final class AboutAction extends Action {
	private final IWorkbenchWindow window;

	AboutAction(IWorkbenchWindow window) {
		super("&About " + Branding.PRODUCT_NAME);
		this.window = window;
		setId(ActionFactory.ABOUT.getId());
		setActionDefinitionId("org.eclipse.ui.help.aboutAction");
	}

	@Override
	public void run() {
		new AboutDialog(window.getShell()).open();
	}
}
