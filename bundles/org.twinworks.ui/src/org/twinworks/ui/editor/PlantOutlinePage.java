// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.twinworks.diagram.ui.viewer.DiagramThumbnail;
import org.twinworks.diagram.ui.viewer.DiagramViewer;
import org.twinworks.model.Signal;
import org.twinworks.ui.emf.EmfContentProvider;
import org.twinworks.ui.emf.ViewerRefresher;
import org.twinworks.ui.iolist.IoListTable;

/**
 * The Outline view: the model's structure, labelled as the editor's tree labels it (selecting there selects in the
 * editor) while the tree page is active; the I/O list's signals under their equipment (selecting one selects its
 * row) while the I/O list is; a thumbnail of the whole diagram (click or drag to move the view) while a diagram
 * page is.
 */
final class PlantOutlinePage extends ContentOutlinePage {
	private PageBook book;
	private final Map<DiagramViewer, DiagramThumbnail> thumbnails = new IdentityHashMap<>();
	private DiagramViewer shownDiagram;
	private IoListTable shownIoList;
	private IoListTable listenedIoList;
	private final Runnable signalsChanged = this::signalsChanged;
	private boolean signalsRefreshScheduled;
	private TreeViewer signals;
	private final AdapterFactory adapterFactory;
	private final Function<EObject, String> labelSuffix;
	private Resource resource;
	private final Consumer<Object> selectInEditor;
	private ViewerRefresher refresher;
	private ViewerRefresher signalsRefresher;

	PlantOutlinePage(AdapterFactory adapterFactory, Function<EObject, String> labelSuffix, Resource resource,
			Consumer<Object> selectInEditor) {
		this.adapterFactory = adapterFactory;
		this.labelSuffix = labelSuffix;
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
		viewer.setLabelProvider(new PlantLabelProvider(adapterFactory, labelSuffix));
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
		createSignalsTree();
		showCurrentPage();
	}

	private void createSignalsTree() {
		signals = new TreeViewer(book, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		signals.setUseHashlookup(true);
		signals.setContentProvider(new SignalOutline());
		signals.setLabelProvider(new PlantLabelProvider(adapterFactory, labelSuffix));
		signalsRefresher = new ViewerRefresher(signals);
		((IChangeNotifier) adapterFactory).addListener(signalsRefresher);
		signals.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof Signal signal && shownIoList != null
					&& !shownIoList.control().isDisposed()) {
				shownIoList.select(signal);
			}
		});
	}

	@Override
	public Control getControl() {
		return book;
	}

	/** The thumbnail of a diagram viewer, or the model tree for null. */
	void show(DiagramViewer diagram) {
		shownDiagram = diagram == null || diagram.getControl().isDisposed() ? null : diagram;
		shownIoList = null;
		showCurrentPage();
	}

	/** The signals of the I/O list, under their equipment. */
	void showSignals(IoListTable ioList) {
		shownDiagram = null;
		shownIoList = ioList;
		if (listenedIoList != ioList) {
			stopListening();
			ioList.addRowsChangedListener(signalsChanged);
			listenedIoList = ioList;
		}
		showCurrentPage();
	}

	/** The list was filtered, sorted or reloaded: the Outline follows, once per UI batch. */
	private void signalsChanged() {
		if (signalsRefreshScheduled || signals == null || signals.getControl().isDisposed()) {
			return;
		}
		signalsRefreshScheduled = true;
		signals.getControl().getDisplay().asyncExec(() -> {
			signalsRefreshScheduled = false;
			if (!signals.getControl().isDisposed() && shownIoList != null) {
				signals.refresh();
				signals.expandAll();
			}
		});
	}

	private void stopListening() {
		if (listenedIoList != null) {
			listenedIoList.removeRowsChangedListener(signalsChanged);
			listenedIoList = null;
		}
	}

	/** The tree of the I/O list's signals (tests read it). */
	TreeViewer signalsViewer() {
		return signals;
	}

	private void showCurrentPage() {
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
		if (shownIoList != null && !shownIoList.control().isDisposed()) {
			signals.setInput(new SignalOutline.Input(shownIoList));
			signals.expandAll();
			book.showPage(signals.getControl());
		} else if (shownDiagram == null) {
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
		stopListening();
		if (refresher != null) {
			((IChangeNotifier) adapterFactory).removeListener(refresher);
		}
		if (signalsRefresher != null) {
			((IChangeNotifier) adapterFactory).removeListener(signalsRefresher);
		}
		super.dispose();
	}
}
