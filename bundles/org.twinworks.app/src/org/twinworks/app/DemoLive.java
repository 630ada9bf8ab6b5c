// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.twinworks.ui.editor.PlantEditor;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.workspace.DemoProject;

/**
 * The demo comes alive at start: the demo plant's editor shows its diagram, the embedded virtual plant serves
 * it and the editor connects, so values move within seconds of the first launch. Off with
 * {@code -Dtwinworks.demo.live=false} (the UI tests start their own servers).
 */
final class DemoLive {
	static final String PROPERTY = "twinworks.demo.live";
	/** Overlay text (10 pt) is painted from 5 pixels up; a little more so that it can be read. */
	private static final double READABLE_ZOOM = 0.7;

	private DemoLive() {
	}

	/** The whole plant when it fits with readable values; else the top-left corner at the smallest readable zoom. */
	private static void readable(org.twinworks.diagram.ui.viewer.DiagramViewer viewer,
			org.twinworks.model.Plant plant) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.zoomToFit();
		if (viewer.viewport().zoom() < READABLE_ZOOM) {
			viewer.zoomTo(READABLE_ZOOM);
			// the first area (the intake with its pumps) where the plant starts, rather than an empty corner
			if (plant.getAreas().isEmpty()) {
				return;
			}
			for (Object figure : viewer.scene().figuresOf(plant.getAreas().get(0))) {
				var r = org.twinworks.diagram.ui.render.Scene.damageOf(figure);
				viewer.scrollTo(r.x - 20, r.y - 20);
				return;
			}
		}
	}

	static void startIfOpen(IWorkbenchPage page) {
		if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true")) || page == null) {
			return;
		}
		IFile demo = ResourcesPlugin.getWorkspace().getRoot().getProject(DemoProject.PROJECT).getFile(DemoProject.FILE);
		for (IEditorReference reference : page.getEditorReferences()) {
			try {
				if (reference.getEditorInput() instanceof IFileEditorInput input && demo.equals(input.getFile())
						&& reference.getEditor(true) instanceof PlantEditor editor
						&& Adapters.adapt(editor, LiveModel.class) != null) {
					var diagram = editor.showDiagram();
					if (diagram != null) {
						// the canvas has its size only after the first layout: fit the whole plant then
						page.getWorkbenchWindow().getShell().getDisplay().timerExec(300,
								() -> readable(diagram.viewer(), editor.getLoaded().plant()));
					}
					EmbeddedPlant.startAndConnect(LiveConnections.get(), Adapters.adapt(editor, LiveModel.class),
							editor.getLoaded().file());
					return;
				}
			} catch (PartInitException e) {
				// an editor that cannot be restored shows its own error; nothing to make live
			}
		}
	}
}
