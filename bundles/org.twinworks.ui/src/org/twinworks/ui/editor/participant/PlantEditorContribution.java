// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor.participant;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Shell;
import org.jspecify.annotations.Nullable;
import org.twinworks.diagram.overlay.Decoration;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.ui.iolist.IoListTable;

/**
 * What one participant adds to one loaded plant, until {@link #close()}. Every method is called on the UI thread;
 * the label and decoration ones while painting, so they must be quick.
 */
public interface PlantEditorContribution extends AutoCloseable {

	/** Appended to the tree label of a tagged element (a live value, say); empty for nothing. */
	default String labelSuffix(EObject element) {
		return "";
	}

	/** Decorations of an element on the diagram pages, after the editor's own (validation problems). */
	default List<Decoration> decorationsFor(EObject element) {
		return List.of();
	}

	/** A diagram page was built: the contribution may show overlays and probes on it for the page's lifetime. */
	default void diagramPageCreated(DiagramPage page) {
	}

	/** The I/O list page was built: the contribution may fill its live columns and add to its menu. */
	default void ioListCreated(IoListTable table) {
	}

	/** Items for the tree's and the diagram pages' context menus, about {@code selection}. */
	default void fillContextMenu(IMenuManager menu, ISelection selection, Shell shell) {
	}

	/** What the editor answers for {@code type} through {@code getAdapter}, or null when this has none. */
	default <T> @Nullable T getAdapter(Class<T> type) {
		return null;
	}

	/** Releases what the contribution opened; it is asked nothing afterwards. */
	@Override
	void close();
}
