// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.emf;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * An element's properties as the Properties view wants them. Setting a value goes through the item
 * property descriptor, which executes a SetCommand on the element's editing domain: every edit is undoable.
 */
final class EmfPropertySource implements IPropertySource {
	private final Object object;
	private final IItemPropertySource itemPropertySource;

	private final ValueCheck check;

	EmfPropertySource(Object object, IItemPropertySource itemPropertySource, ValueCheck check) {
		this.object = object;
		this.itemPropertySource = itemPropertySource;
		this.check = check;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = itemPropertySource.getPropertyDescriptors(object);
		return descriptors.stream().map(d -> new EmfPropertyDescriptor(object, d, check))
				.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor == null) {
			return null;
		}
		Object value = descriptor.getPropertyValue(object);
		// EMF wraps values so the sheet can label them; editors want the value itself
		return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null) {
			descriptor.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null) {
			descriptor.setPropertyValue(object, ReferenceChooserCellEditor.isNone(value) ? null : value);
		}
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return itemPropertySource.getPropertyDescriptor(object, id);
	}
}
