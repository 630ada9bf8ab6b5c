// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.twinworks.ui.images.PlantImages;

/**
 * Labels and icons from EMF.Edit item providers; equipment and signals get their kind's icon from
 * {@link PlantImages} (the item providers know only one icon per class).
 */
public class EmfLabelProvider extends LabelProvider {
	private final AdapterFactory adapterFactory;
	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private final EmfImages images = new EmfImages(resources);

	public EmfLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		if (adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider p) {
			return p.getText(element);
		}
		return element == null ? "" : element.toString();
	}

	@Override
	public Image getImage(Object element) {
		Display display = Display.getCurrent();
		Image specific = display == null ? null : PlantImages.of(display).imageOf(element);
		if (specific != null) {
			return specific;
		}
		if (adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider p) {
			return images.get(p.getImage(element));
		}
		return null;
	}

	@Override
	public void dispose() {
		resources.dispose();
		super.dispose();
	}
}
