// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.PageBook;
import org.twinworks.diagram.ui.viewer.DiagramThumbnail;
import org.twinworks.diagram.ui.viewer.DiagramViewer;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.twinworks.ui.emf.EmfContentProvider;
import org.twinworks.ui.emf.EmfLabelProvider;
import org.twinworks.ui.emf.ViewerRefresher;

/**
 * The Outline view: the model's structure (selecting there selects in the editor) while a tree or table page is
 * active, a thumbnail of the whole diagram (click or drag to move the view) while a diagram page is.
 */
final class PlantOutlinePage extends ContentOutlinePage {
	private PageBook book;
	private final Map<DiagramViewer, DiagramThumbnail> thumbnails = new IdentityHashMap<>();
	private DiagramViewer shownDiagram;
	private final AdapterFactory adapterFactory;
	private Resource resource;
	private final Consumer<Object> selectInEditor;
	private ViewerRefresher refresher;

	PlantOutlinePage(AdapterFactory adapterFactory, Resource resource, Consumer<Object> selectInEditor) {
		this.adapterFactory = adapterFactory;
		this.resource = resource;
		this.selectInEditor = selectInEditor;
	}

	@Override
	public void createControl(Composite parent) {
		book = new PageBook(parent, SWT.NONE);
		super.createControl(book);
		TreeViewer viewer = getTreeViewer();
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new EmfContentProvider(adapterFactory));
		viewer.setLabelProvider(new EmfLabelProvider(adapterFactory));
		viewer.setInput(resource);
		viewer.expandToLevel(2);
		refresher = new ViewerRefresher(viewer);
		((IChangeNotifier) adapterFactory).addListener(refresher);
		viewer.addSelectionChangedListener(e -> {
			Object first = e.getStructuredSelection().getFirstElement();
			if (first != null && viewer.getControl().isFocusControl()) {
				selectInEditor.accept(first);
			}
		});
		show(shownDiagram);
	}

	@Override
	public Control getControl() {
		return book;
	}

	/** The thumbnail of a diagram viewer, or the tree for null. */
	void show(DiagramViewer diagram) {
		shownDiagram = diagram == null || diagram.getControl().isDisposed() ? null : diagram;
		if (book == null || book.isDisposed()) {
			return;
		}
		// a closed diagram page's thumbnail would still paint from its disposed viewer: it goes with it
		thumbnails.entrySet().removeIf(e -> {
			if (!e.getKey().getControl().isDisposed()) {
				return false;
			}
			e.getValue().getControl().dispose();
			return true;
		});
		if (shownDiagram == null) {
			book.showPage(getTreeViewer().getControl());
		} else {
			DiagramThumbnail thumbnail = thumbnails.computeIfAbsent(shownDiagram, v -> new DiagramThumbnail(book, v));
			book.showPage(thumbnail.getControl());
		}
	}

	void setResource(Resource reloaded) {
		resource = reloaded;
		getTreeViewer().setInput(reloaded);
	}

	@Override
	public void dispose() {
		if (refresher != null) {
			((IChangeNotifier) adapterFactory).removeListener(refresher);
		}
		super.dispose();
	}
}
