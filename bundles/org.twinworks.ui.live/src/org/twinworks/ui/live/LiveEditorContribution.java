// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Shell;
import org.twinworks.diagram.overlay.Decoration;
import org.twinworks.model.Signal;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.ui.editor.participant.PlantEditorContext;
import org.twinworks.ui.editor.participant.PlantEditorContribution;
import org.twinworks.ui.iolist.IoListTable;

/**
 * A plant editor's live side while its plant is loaded: the Connections view lists its endpoints; the tree shows
 * signal values, the diagram pages overlays, probes and reconciliation mismatches, the I/O list its live columns,
 * the menus write actions; the editor adapts to the {@link LiveModel}.
 */
final class LiveEditorContribution implements PlantEditorContribution {
	private final PlantEditorContext editor;
	private final LiveModel live;
	private final ReconciliationDecorations mismatches;
	private final LiveModelListener labels = this::updateLabels;
	private final Runnable reconciled = this::showReconciliation;

	LiveEditorContribution(PlantEditorContext editor) {
		this.editor = editor;
		live = LiveConnections.get().open(editor.plant());
		live.addListener(labels);
		mismatches = new ReconciliationDecorations(live);
		LiveConnections.get().addListener(reconciled);
	}

	/** Tree labels of signals whose value changed; all of them when a connection changed. */
	private void updateLabels(LiveUpdate update) {
		if (update.connectionChanged()) {
			editor.refreshAllLabels();
		} else if (!update.values().isEmpty()) {
			editor.refreshLabels(update.values());
		}
	}

	/** A reconciliation finished or an endpoint disconnected (UI thread): the diagrams show what is left. */
	private void showReconciliation() {
		if (mismatches.update()) {
			editor.refreshDiagrams();
		}
	}

	/** "  = 4.52 bar" while online; a stale value says so; nothing when offline, so no old value passes as live. */
	@Override
	public String labelSuffix(EObject element) {
		if (!(element instanceof Signal signal)) {
			return "";
		}
		LiveSignal s = live.signal(signal);
		if (!s.online() || s.value() == null) {
			return "";
		}
		String value = LiveText.value(signal, s.value());
		boolean stale = s.state() != null && s.state().stale();
		return "  = " + value + (stale ? " (stale)" : s.value().isBad() ? " (bad)" : "");
	}

	@Override
	public List<Decoration> decorationsFor(EObject element) {
		return mismatches.decorationsFor(element);
	}

	/** Live values on the nodes, until the page is disposed. */
	@Override
	public void diagramPageCreated(DiagramPage page) {
		LiveOverlays overlays = new LiveOverlays(live);
		page.showOverlays(overlays, new ValueProbe(live));
		page.control().addDisposeListener(e -> overlays.dispose());
	}

	@Override
	public void ioListCreated(IoListTable table) {
		table.setLiveColumns(new IoListLiveCells(live, table::redrawLive));
		WriteMenus.install(table.menu(), () -> live, () -> table.selectionProvider().getSelection());
	}

	@Override
	public void fillContextMenu(IMenuManager menu, ISelection selection, Shell shell) {
		WriteMenus.fill(menu, live, selection, shell);
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		return type == LiveModel.class ? type.cast(live) : null;
	}

	@Override
	public void close() {
		live.removeListener(labels);
		LiveConnections.get().removeListener(reconciled);
		LiveConnections.get().close(live.plant());
	}
}
