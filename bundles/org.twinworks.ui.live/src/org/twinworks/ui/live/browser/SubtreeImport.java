// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.browser;

import java.util.function.Consumer;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.jspecify.annotations.Nullable;
import org.twinworks.interop.server.ImportProgress;
import org.twinworks.interop.server.ServerImportOptions;
import org.twinworks.interop.server.ServerImporter;
import org.twinworks.live.LiveSession;
import org.twinworks.model.Plant;
import org.twinworks.ui.interop.DraftReader;
import org.twinworks.ui.interop.ImportPlantWizard;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveModel;

/**
 * The browser's "Import Subtree into Plant": equipment, signals and bindings from the selected object and what is
 * below it, read from the server (types, units, ranges, access), previewed as a diff and applied to the plant of the
 * editor the connection belongs to as one undoable command.
 */
public final class SubtreeImport {
	static final String TITLE = "Import Subtree into Plant";

	private SubtreeImport() {
	}

	static void open(Shell shell, IWorkbenchPage page, @Nullable EndpointConnection connection,
			@Nullable BrowserNode selected, Consumer<String> status) {
		WizardDialog dialog = dialog(shell, page, connection, selected, status);
		if (dialog != null) {
			dialog.open();
		}
	}

	/** The import's dialog, not yet open; null (with the reason given to status) when there is nothing to import. */
	public static @Nullable WizardDialog dialog(Shell shell, IWorkbenchPage page,
			@Nullable EndpointConnection connection, @Nullable BrowserNode selected, Consumer<String> status) {
		if (connection == null || connection.session() == null) {
			status.accept("Connect an endpoint first: the import reads its server.");
			return null;
		}
		if (selected == null || !"Object".equals(selected.node().nodeClass())) {
			status.accept("Select an object (a folder, a machine, a unit): its subtree is imported.");
			return null;
		}
		IEditorPart editor = editorOf(page, connection);
		if (editor == null) {
			status.accept("No open editor shows the model of " + connection.endpoint().getName());
			return null;
		}
		Plant plant = Adapters.adapt(editor, LiveModel.class).plant();
		EditingDomain domain = Adapters.adapt(editor, IEditingDomainProvider.class).getEditingDomain();
		String start = selected.node().nodeId();
		LiveSession session = connection.session();
		DraftReader reader = monitor -> new ServerImporter(session).read(start, ServerImportOptions.defaults(),
				progress(monitor));
		WizardDialog dialog = new WizardDialog(shell,
				ImportPlantWizard.forReader(domain, plant, TITLE + ": " + selected.node().displayName(), reader));
		dialog.setPageSize(760, 420);
		return dialog;
	}

	private static ImportProgress progress(IProgressMonitor monitor) {
		monitor.beginTask("Browsing the server", IProgressMonitor.UNKNOWN);
		return new ImportProgress() {
			@Override
			public void browsed(int nodes, int level) {
				monitor.subTask(nodes + " nodes browsed, level " + level);
			}

			@Override
			public void read(int done, int total) {
				monitor.subTask("Reading attributes: " + done + " of " + total + " nodes");
			}

			@Override
			public boolean isCancelled() {
				return monitor.isCanceled();
			}
		};
	}

	/** The open editor whose live model the connection belongs to, or null. */
	static @Nullable IEditorPart editorOf(IWorkbenchPage page, EndpointConnection connection) {
		for (IEditorReference reference : page.getEditorReferences()) {
			IEditorPart editor = reference.getEditor(false);
			if (editor != null && Adapters.adapt(editor, LiveModel.class) == connection.model()) {
				return editor;
			}
		}
		return null;
	}
}
