// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The main window: maximized the first time it opens in a workspace; after that the workbench restores the size
 * and state it had (the advisor saves and restores the workbench's state).
 */
final class TwinworksWindowAdvisor extends WorkbenchWindowAdvisor {
	/** Set in the workspace's preferences once a window was placed, so only a fresh workspace is maximized. */
	static final String PLACED = "window.placed";
	static final String BUNDLE = "org.twinworks.app";

	TwinworksWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new TwinworksActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 860));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(true);
		configurer.setTitle(Branding.PRODUCT_NAME);
	}

	@Override
	public void postWindowCreate() {
		var preferences = InstanceScope.INSTANCE.getNode(BUNDLE);
		if (!preferences.getBoolean(PLACED, false)) {
			getWindowConfigurer().getWindow().getShell().setMaximized(true);
			preferences.putBoolean(PLACED, true);
			try {
				preferences.flush();
			} catch (org.osgi.service.prefs.BackingStoreException e) {
				org.eclipse.core.runtime.ILog.of(TwinworksWindowAdvisor.class).warn("Could not save " + PLACED, e);
			}
		}
	}
}
