// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.emf;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.widgets.Display;

/**
 * Turns item providers' change notifications into viewer refreshes: only the affected elements, and at
 * most one batch per UI frame however many notifications arrive (a paste of 1,000 elements is one refresh).
 */
public final class ViewerRefresher implements INotifyChangedListener {
	private final StructuredViewer viewer;
	private final Set<Object> structureChanged = new LinkedHashSet<>();
	private final Set<Object> labelChanged = new LinkedHashSet<>();
	private boolean scheduled;
	private boolean refreshAll;

	public ViewerRefresher(StructuredViewer viewer) {
		this.viewer = viewer;
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (!(notification instanceof IViewerNotification change)) {
			return;
		}
		synchronized (this) {
			Object element = change.getElement();
			if (element == null) {
				refreshAll = true;
			} else if (change.isContentRefresh()) {
				structureChanged.add(element);
			} else if (change.isLabelUpdate()) {
				labelChanged.add(element);
			}
			if (scheduled) {
				return;
			}
			scheduled = true;
		}
		Display display = viewer.getControl().getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(this::apply);
		}
	}

	private void apply() {
		Object[] structures;
		Object[] labels;
		boolean all;
		synchronized (this) {
			structures = structureChanged.toArray();
			labels = labelChanged.toArray();
			all = refreshAll;
			structureChanged.clear();
			labelChanged.clear();
			refreshAll = false;
			scheduled = false;
		}
		if (viewer.getControl() == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (all) {
			viewer.refresh();
			return;
		}
		for (Object element : structures) {
			viewer.refresh(element, true);
		}
		if (labels.length > 0) {
			viewer.update(labels, null);
		}
	}
}
