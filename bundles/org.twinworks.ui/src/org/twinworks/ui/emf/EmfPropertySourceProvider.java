package org.twinworks.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Properties view support for any object an EMF.Edit item provider describes. */
public final class EmfPropertySourceProvider implements IPropertySourceProvider {
	private final AdapterFactory adapterFactory;

	public EmfPropertySourceProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		if (adapterFactory.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource item) {
			return new EmfPropertySource(object, item);
		}
		return null;
	}
}
