// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Shell;
import org.twinworks.diagram.overlay.Decoration;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.ui.editor.participant.PlantEditorContext;
import org.twinworks.ui.editor.participant.PlantEditorContribution;
import org.twinworks.ui.editor.participant.PlantEditorParticipant;
import org.twinworks.ui.iolist.IoListTable;

/**
 * One editor's participants (from {@code org.twinworks.ui.plantEditorParticipants}) and the contributions they
 * made for the plant loaded now; a participant that fails is logged and left out, the editor works without it.
 */
final class EditorParticipants {
	static final String EXTENSION_POINT = "org.twinworks.ui.plantEditorParticipants";

	private final List<PlantEditorParticipant> participants = new ArrayList<>();
	private final List<PlantEditorContribution> contributions = new ArrayList<>();

	EditorParticipants() {
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				participants.add((PlantEditorParticipant) element.createExecutableExtension("class"));
			} catch (CoreException | ClassCastException e) {
				ILog.of(EditorParticipants.class).error("Plant editor participant " + element.getAttribute("class")
						+ " of " + element.getContributor().getName() + " could not be made", e);
			}
		}
	}

	/** The plant was loaded: each participant contributes afresh. */
	void plantLoaded(PlantEditorContext editor) {
		close();
		for (PlantEditorParticipant participant : participants) {
			PlantEditorContribution contribution = participant.plantLoaded(editor);
			if (contribution != null) {
				contributions.add(contribution);
			}
		}
	}

	String labelSuffix(EObject element) {
		if (contributions.isEmpty()) {
			return "";
		}
		StringBuilder suffix = new StringBuilder();
		contributions.forEach(c -> suffix.append(c.labelSuffix(element)));
		return suffix.toString();
	}

	List<Decoration> decorationsFor(EObject element) {
		if (contributions.isEmpty()) {
			return List.of();
		}
		List<Decoration> all = new ArrayList<>();
		contributions.forEach(c -> all.addAll(c.decorationsFor(element)));
		return all;
	}

	void diagramPageCreated(DiagramPage page) {
		contributions.forEach(c -> c.diagramPageCreated(page));
	}

	void ioListCreated(IoListTable table) {
		contributions.forEach(c -> c.ioListCreated(table));
	}

	void fillContextMenu(IMenuManager menu, ISelection selection, Shell shell) {
		contributions.forEach(c -> c.fillContextMenu(menu, selection, shell));
	}

	<T> T getAdapter(Class<T> type) {
		for (PlantEditorContribution contribution : contributions) {
			T adapter = contribution.getAdapter(type);
			if (adapter != null) {
				return adapter;
			}
		}
		return null;
	}

	void close() {
		List.copyOf(contributions).forEach(PlantEditorContribution::close);
		contributions.clear();
	}
}
