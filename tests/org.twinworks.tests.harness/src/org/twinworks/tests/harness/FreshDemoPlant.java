// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.tests.harness;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.ui.editor.PlantEditor;
import org.twinworks.ui.editor.ProblemMarkers;
import org.twinworks.pid.OverviewDiagram;
import org.twinworks.ui.workspace.DemoProject;

/**
 * Each UI test starts from the demo plant and its overview diagram as shipped, in a freshly opened editor, with no
 * markers.
 */
public record FreshDemoPlant(IWorkbenchPage page, IFile file, PlantEditor editor) {

	public static FreshDemoPlant open() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IFile file = write(page);
		file.deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		PlantEditor editor = (PlantEditor) IDE.openEditor(page, file, PlantEditor.ID);
		UiWait.flush();
		return new FreshDemoPlant(page, file, editor);
	}

	/** The signal with this tag in the editor's plant. */
	public Signal signal(String tag) {
		for (var it = editor.getLoaded().plant().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Signal s && tag.equals(s.getTag())) {
				return s;
			}
		}
		throw new AssertionError("no signal " + tag);
	}

	/** Writes the demo plant and its overview diagram as shipped into the demo project, every editor closed. */
	public static IFile write(IWorkbenchPage page) throws Exception {
		page.closeAllEditors(false);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(DemoProject.PROJECT);
		if (!project.exists()) {
			DemoProject.createIfWorkspaceIsEmpty(ResourcesPlugin.getWorkspace());
		}
		IFile file = project.getFile(DemoProject.FILE);
		Path location = file.getLocation().toPath();
		Resource demo = PlantFiles.createResource(PlantFiles.newResourceSet(), location);
		DemoPlant.createIn(demo);
		PlantFiles.save(demo, location);
		OverviewDiagram.write((Plant) demo.getContents().get(0), location);
		file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
		return file;
	}
}
