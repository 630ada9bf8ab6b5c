// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;

/** The editor's selection is that of its visible page (tree or I/O list); switching pages re-announces it. */
final class SelectionProviderSwitch implements ISelectionProvider {
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final ISelectionChangedListener forward = event -> fire(event.getSelection());
	private ISelectionProvider current;

	void use(ISelectionProvider provider) {
		if (current != null) {
			current.removeSelectionChangedListener(forward);
		}
		current = provider;
		current.addSelectionChangedListener(forward);
		fire(current.getSelection());
	}

	private void fire(ISelection selection) {
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return current == null ? org.eclipse.jface.viewers.StructuredSelection.EMPTY : current.getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		if (current != null) {
			current.setSelection(selection);
		}
	}
}
