// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.interop;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.jspecify.annotations.Nullable;
import org.twinworks.interop.merge.ImportDiff;
import org.twinworks.model.Plant;
import org.twinworks.ui.editor.PlantEditor;

/**
 * File > Import > Twinworks > Into the Open Plant (NodeSet2 files or a CSV tag list), and the same preview for other
 * sources ({@link #forReader}: a live server's subtree): into the plant of an editor, as one command on its command
 * stack (Edit > Undo takes the whole import back); the editor is then dirty, and saving it writes the file.
 */
public final class ImportPlantWizard extends Wizard implements IImportWizard {

	private @Nullable EditingDomain domain;
	private @Nullable Plant plant;
	private @Nullable DraftReader fixedReader;
	private @Nullable ImportSourcePage source;
	private @Nullable ImportPreviewPage preview;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		if (activePlantEditor(workbench) instanceof PlantEditor editor) {
			init(editor);
		} else {
			setWindowTitle("Import into Plant");
		}
	}

	/** The workbench's active editor when it is a plant editor, else null: what File > Import and Export work on. */
	static @Nullable PlantEditor activePlantEditor(IWorkbench workbench) {
		var window = workbench.getActiveWorkbenchWindow();
		var page = window == null ? null : window.getActivePage();
		return page != null && page.getActiveEditor() instanceof PlantEditor editor ? editor : null;
	}

	/** For tests and callers that hold the editor already. */
	public void init(PlantEditor editor) {
		setWindowTitle("Import into Plant");
		setNeedsProgressMonitor(true);
		domain = editor.getEditingDomain();
		plant = editor.getLoaded() == null ? null : editor.getLoaded().plant();
	}

	/** A wizard that only previews and applies what the reader reads, e.g. a subtree of a live server. */
	public static ImportPlantWizard forReader(EditingDomain domain, Plant plant, String title, DraftReader reader) {
		ImportPlantWizard wizard = new ImportPlantWizard();
		wizard.setWindowTitle(title);
		wizard.setNeedsProgressMonitor(true);
		wizard.domain = domain;
		wizard.plant = plant;
		wizard.fixedReader = reader;
		return wizard;
	}

	@Override
	public void addPages() {
		if (fixedReader == null) {
			source = new ImportSourcePage(plant == null ? "(no plant open)" : plant.getName());
			addPage(source);
		}
		if (plant != null) {
			DraftReader fixed = fixedReader;
			preview = new ImportPreviewPage(plant, () -> {
				if (fixed != null) {
					return new ImportPreviewPage.Reading(fixed, fixed, false);
				}
				ImportRequest request = source.request();
				Plant into = plant;
				return new ImportPreviewPage.Reading(request, monitor -> ImportReaders.read(request, into, monitor),
						request.removeMissing());
			});
			addPage(preview);
		}
	}

	@Override
	public void createPageControls(org.eclipse.swt.widgets.Composite pageContainer) {
		super.createPageControls(pageContainer);
		if (plant == null && source != null) {
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
		if (diff == null || domain == null) {
			return false;
		}
		domain.getCommandStack().execute(diff.command(domain));
		return true;
	}

	/** Chooses the source as the user would on the first page (after a file drop, and in tests). */
	public void preset(ImportSourceKind kind, List<Path> files) {
		if (source != null) {
			source.choose(kind, files);
		}
	}

	/** The CSV columns the source page shows ("Tag ← Tagname"), for tests. */
	public List<String> csvMapping() {
		return source == null ? List.of() : source.csvMapping();
	}

	/** The preview page's error, or null: why the source could not be read. */
	public @Nullable String previewError() {
		return preview == null ? null : preview.getErrorMessage();
	}
}
