// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.iolist;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/** The table selects rows; the workbench sees their signals. */
final class SignalSelection implements ISelectionProvider {
	private final ISelectionProvider rows;
	private final Map<ISelectionChangedListener, ISelectionChangedListener> wrapped = new HashMap<>();

	SignalSelection(ISelectionProvider rows) {
		this.rows = rows;
	}

	private ISelection signals(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured)) {
			return StructuredSelection.EMPTY;
		}
		return new StructuredSelection(
				structured.toList().stream().map(o -> o instanceof IoListRow row ? row.signal() : o).toArray());
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		ISelectionChangedListener mapping = e -> listener
				.selectionChanged(new SelectionChangedEvent(this, signals(e.getSelection())));
		wrapped.put(listener, mapping);
		rows.addSelectionChangedListener(mapping);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		ISelectionChangedListener mapping = wrapped.remove(listener);
		if (mapping != null) {
			rows.removeSelectionChangedListener(mapping);
		}
	}

	@Override
	public ISelection getSelection() {
		return signals(rows.getSelection());
	}

	@Override
	public void setSelection(ISelection selection) {
		// rows are selected by the user in the table; programmatic selection goes through the tree page
	}
}
