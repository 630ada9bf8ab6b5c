// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Properties view support for any object an EMF.Edit item provider describes. */
public final class EmfPropertySourceProvider implements IPropertySourceProvider {
	private final AdapterFactory adapterFactory;
	private final ValueCheck check;

	public EmfPropertySourceProvider(AdapterFactory adapterFactory) {
		this(adapterFactory, ValueCheck.NONE);
	}

	public EmfPropertySourceProvider(AdapterFactory adapterFactory, ValueCheck check) {
		this.adapterFactory = adapterFactory;
		this.check = check;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		if (adapterFactory.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource item) {
			return new EmfPropertySource(object, item, check);
		}
		return null;
	}
}
