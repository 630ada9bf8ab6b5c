package org.twinworks.ui.editor;

import java.util.function.Consumer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.twinworks.ui.emf.EmfContentProvider;
import org.twinworks.ui.emf.EmfLabelProvider;
import org.twinworks.ui.emf.ViewerRefresher;

/** The model's structure in the Outline view; selecting there selects in the editor. */
final class PlantOutlinePage extends ContentOutlinePage {
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
		super.createControl(parent);
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
