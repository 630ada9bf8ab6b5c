// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/** Tree content from EMF.Edit item providers; a Resource as input shows its root objects. */
public class EmfContentProvider implements ITreeContentProvider {
	private static final Object[] NONE = new Object[0];
	private final AdapterFactory adapterFactory;

	public EmfContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Resource resource) {
			return resource.getContents().toArray();
		}
		if (adapterFactory.adapt(input,
				IStructuredItemContentProvider.class) instanceof IStructuredItemContentProvider p) {
			return p.getElements(input).toArray();
		}
		return input instanceof Collection<?> c ? c.toArray() : NONE;
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (adapterFactory.adapt(parent, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider p) {
			return p.getChildren(parent).toArray();
		}
		return NONE;
	}

	@Override
	public Object getParent(Object element) {
		if (adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider p) {
			Object parent = p.getParent(element);
			return parent instanceof Resource ? null : parent;
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider p
				&& p.hasChildren(element);
	}
}
