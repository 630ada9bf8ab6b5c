// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Plant;
import org.twinworks.ui.emf.EmfContentProvider;

/** A plant shows its areas and wiring first; the unit catalogue and type library come last. */
final class PlantContentProvider extends EmfContentProvider {

	PlantContentProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public Object[] getChildren(Object parent) {
		Object[] children = super.getChildren(parent);
		if (!(parent instanceof Plant)) {
			return children;
		}
		List<Object> first = new ArrayList<>();
		List<Object> last = new ArrayList<>();
		for (Object child : children) {
			(child instanceof EngineeringUnit || child instanceof EquipmentType ? last : first).add(child);
		}
		first.addAll(last);
		return first.toArray();
	}
}
