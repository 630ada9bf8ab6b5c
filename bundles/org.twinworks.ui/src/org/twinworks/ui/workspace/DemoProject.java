// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.workspace;

import org.twinworks.pid.OverviewDiagram;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.resource.Resource;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.persistence.PlantFiles;

/** The demo project a new workspace starts with, so the first launch lands on a populated model. */
public final class DemoProject {
	public static final String PROJECT = "Riverside Water Works";
	public static final String FILE = "riverside-water-works.twin";

	private DemoProject() {
	}

	/** Creates the project and its model unless the workspace already has projects; returns the model file. */
	public static IFile createIfWorkspaceIsEmpty(IWorkspace workspace) throws CoreException {
		if (workspace.getRoot().getProjects().length > 0) {
			return null;
		}
		IProject project = workspace.getRoot().getProject(PROJECT);
		IFile file = project.getFile(FILE);
		workspace.run(monitor -> {
			project.create(monitor);
			project.open(monitor);
			project.setDescription(withComment(project), monitor);
			Path location = project.getLocation().toPath().resolve(FILE);
			Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), location);
			DemoPlant.createIn(resource);
			try {
				PlantFiles.save(resource, location);
				OverviewDiagram.write((org.twinworks.model.Plant) resource.getContents().get(0), location);
			} catch (IOException e) {
				throw new CoreException(Status.error("Could not write the demo plant to " + location, e));
			}
			project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
		}, null);
		return file;
	}

	private static org.eclipse.core.resources.IProjectDescription withComment(IProject project) throws CoreException {
		var description = project.getDescription();
		description.setComment(
				"The Twinworks demo plant: a small potable-water works, simulated by the embedded virtual plant.");
		return description;
	}
}
