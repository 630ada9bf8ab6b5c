package org.twinworks.app;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.twinworks.ui.editor.PlantEditor;
import org.twinworks.ui.live.EmbeddedPlant;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.workspace.DemoProject;

/**
 * The demo comes alive at start: the demo plant's editor shows its diagram, the embedded virtual plant serves
 * it and the editor connects, so values move within seconds of the first launch. Off with
 * {@code -Dtwinworks.demo.live=false} (the UI tests start their own servers).
 */
final class DemoLive {
	static final String PROPERTY = "twinworks.demo.live";

	private DemoLive() {
	}

	static void startIfOpen(IWorkbenchPage page) {
		if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true")) || page == null) {
			return;
		}
		IFile demo = ResourcesPlugin.getWorkspace().getRoot().getProject(DemoProject.PROJECT).getFile(DemoProject.FILE);
		for (IEditorReference reference : page.getEditorReferences()) {
			try {
				if (reference.getEditorInput() instanceof IFileEditorInput input && demo.equals(input.getFile())
						&& reference.getEditor(true) instanceof PlantEditor editor && editor.getLive() != null) {
					editor.showDiagram();
					EmbeddedPlant.startAndConnect(LiveConnections.get(), editor.getLive(), editor.getLoaded().file());
					return;
				}
			} catch (PartInitException e) {
				// an editor that cannot be restored shows its own error; nothing to make live
			}
		}
	}
}
