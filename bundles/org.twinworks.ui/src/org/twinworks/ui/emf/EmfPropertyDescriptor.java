// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/** One EMF.Edit property as a Properties view descriptor, with the cell editor that fits its type. */
final class EmfPropertyDescriptor implements IPropertyDescriptor {
	private final Object object;
	private final IItemPropertyDescriptor item;

	private final ValueCheck check;

	EmfPropertyDescriptor(Object object, IItemPropertyDescriptor item, ValueCheck check) {
		this.object = object;
		this.item = item;
		this.check = check;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!item.canSetProperty(object) || !(item.getFeature(object) instanceof EStructuralFeature feature)) {
			return null;
		}
		if (feature.isMany()) {
			return feature instanceof EAttribute ? new LinesCellEditor(parent, item.getDisplayName(object)) : null;
		}
		Collection<?> choices = item.getChoiceOfValues(object);
		if (choices != null && feature instanceof org.eclipse.emf.ecore.EReference) {
			return new ReferenceChooserCellEditor(parent, "Choose " + item.getDisplayName(object),
					new ArrayList<>(choices), getLabelProvider());
		}
		if (choices != null) {
			return combo(parent, new ArrayList<>(choices));
		}
		if (feature.getEType() instanceof EDataType type) {
			Class<?> javaClass = type.getInstanceClass();
			if (javaClass == boolean.class || javaClass == Boolean.class) {
				List<Object> values = new ArrayList<>(List.of(Boolean.TRUE, Boolean.FALSE));
				if (javaClass == Boolean.class) {
					values.add(null);
				}
				return combo(parent, values);
			}
			if (item.isMultiLine(object)) {
				return new LinesCellEditor(parent, item.getDisplayName(object), type);
			}
			return new DataTypeCellEditor(parent, type, !feature.isRequired() && !javaClass.isPrimitive(),
					value -> check.problem(object, feature, value));
		}
		return null;
	}

	private CellEditor combo(Composite parent, List<Object> values) {
		ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(parent, SWT.READ_ONLY);
		editor.setContentProvider(ArrayContentProvider.getInstance());
		editor.setLabelProvider(getLabelProvider());
		editor.setInput(values);
		return editor;
	}

	@Override
	public String getCategory() {
		return item.getCategory(object);
	}

	@Override
	public String getDescription() {
		return item.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return item.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return item.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return null;
	}

	@Override
	public Object getId() {
		return item.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider labels = item.getLabelProvider(object);
		return new LabelProvider() {
			private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
			private final EmfImages images = new EmfImages(resources);

			@Override
			public String getText(Object value) {
				if (value == null) {
					return "";
				}
				return labels.getText(value);
			}

			@Override
			public Image getImage(Object value) {
				if (value == null) {
					return null;
				}
				Image specific = org.twinworks.ui.images.PlantImages.of(org.eclipse.swt.widgets.Display.getCurrent())
						.imageOf(value);
				return specific != null ? specific : images.get(labels.getImage(value));
			}

			@Override
			public void dispose() {
				resources.dispose();
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return false;
	}
}
