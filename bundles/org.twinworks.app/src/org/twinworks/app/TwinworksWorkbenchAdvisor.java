// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.twinworks.ui.workspace.DemoProject;

final class TwinworksWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		// Resources in the Project Explorer, Problems and Properties adapt only once these are registered.
		IDE.registerAdapters();
	}

	/** A new workspace gets the demo plant, opened, so the first launch lands on a populated model. */
	@Override
	public void postStartup() {
		try {
			IFile demo = DemoProject.createIfWorkspaceIsEmpty(ResourcesPlugin.getWorkspace());
			IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
			if (demo != null && window != null && window.getActivePage() != null) {
				IDE.openEditor(window.getActivePage(), demo);
			}
			if (window != null) {
				DemoLive.startIfOpen(window.getActivePage());
			}
		} catch (CoreException e) {
			ILog.of(TwinworksWorkbenchAdvisor.class).error("Could not create the demo project", e);
		}
	}

	/** The workspace's metadata (projects, markers) is written on exit, or the next start recovers it. */
	@Override
	public void postShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			ILog.of(TwinworksWorkbenchAdvisor.class).error("Could not save the workspace", e);
		}
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return Perspectives.DESIGN;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new TwinworksWindowAdvisor(configurer);
	}
}
