// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.interop;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.jspecify.annotations.Nullable;
import org.twinworks.interop.merge.ImportDiff;
import org.twinworks.model.Plant;
import org.twinworks.ui.editor.PlantEditor;

/**
 * File > Import > Twinworks > Plant from NodeSet2 or CSV: into the plant of the active editor, as one command on its
 * command stack (Edit > Undo takes the whole import back); the editor is then dirty, and saving it writes the file.
 */
public final class ImportPlantWizard extends Wizard implements IImportWizard {

	private @Nullable PlantEditor editor;
	private ImportSourcePage source;
	private ImportPreviewPage preview;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle("Import into Plant");
		setNeedsProgressMonitor(true);
		IEditorPart active = workbench.getActiveWorkbenchWindow() == null
				? null
				: workbench.getActiveWorkbenchWindow().getActivePage() == null
						? null
						: workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		editor = active instanceof PlantEditor plantEditor ? plantEditor : null;
	}

	/** For tests and callers that hold the editor already. */
	public void init(PlantEditor plantEditor) {
		setWindowTitle("Import into Plant");
		setNeedsProgressMonitor(true);
		editor = plantEditor;
	}

	@Override
	public void addPages() {
		Plant plant = plant();
		source = new ImportSourcePage(plant == null ? "(no plant open)" : plant.getName());
		addPage(source);
		if (plant != null) {
			preview = new ImportPreviewPage(plant, () -> source.request());
			addPage(preview);
		}
	}

	@Override
	public void createPageControls(org.eclipse.swt.widgets.Composite pageContainer) {
		super.createPageControls(pageContainer);
		if (plant() == null) {
			source.setErrorMessage("Open the plant model to import into (double-click its .twin file), then import.");
			source.setPageComplete(false);
		}
	}

	@Override
	public boolean canFinish() {
		return preview != null && getContainer().getCurrentPage() == preview && preview.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		ImportDiff diff = preview == null ? null : preview.diff();
		if (diff == null || editor == null) {
			return false;
		}
		Command command = diff.command(editor.getEditingDomain());
		editor.getEditingDomain().getCommandStack().execute(command);
		return true;
	}

	/** Chooses the source as the user would on the first page (after a file drop, and in tests). */
	public void preset(ImportSourceKind kind, java.util.List<java.nio.file.Path> files) {
		source.choose(kind, files);
	}

	/** The preview page's error, or null: why the source could not be read. */
	public @Nullable String previewError() {
		return preview == null ? null : preview.getErrorMessage();
	}

	private @Nullable Plant plant() {
		if (editor == null || editor.getLoaded() == null) {
			return null;
		}
		return editor.getLoaded().plant();
	}
}
