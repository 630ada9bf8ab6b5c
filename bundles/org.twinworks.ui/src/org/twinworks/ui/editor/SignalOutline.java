// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.ui.iolist.IoListTable;

/**
 * What the Outline shows while the I/O list page is active: the list's signals (as filtered and sorted there)
 * under their equipment, in the order the list shows them.
 */
final class SignalOutline implements ITreeContentProvider {
	/** The Outline tree's input: the I/O list whose signals it shows. */
	record Input(IoListTable table) {
	}

	private Map<Object, List<Signal>> groups = Map.of();

	@Override
	public Object[] getElements(Object input) {
		if (!(input instanceof Input in) || in.table().control().isDisposed()) {
			groups = Map.of();
			return new Object[0];
		}
		Map<Object, List<Signal>> grouped = new LinkedHashMap<>();
		List<Object> roots = new ArrayList<>();
		for (Signal signal : in.table().visibleSignals()) {
			Equipment equipment = signal.getEquipment();
			if (equipment == null) {
				roots.add(signal);
			} else {
				grouped.computeIfAbsent(equipment, e -> {
					roots.add(e);
					return new ArrayList<>();
				}).add(signal);
			}
		}
		groups = grouped;
		return roots.toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		List<Signal> signals = groups.get(parent);
		return signals == null ? new Object[0] : signals.toArray();
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof Signal s && groups.containsKey(s.getEquipment()) ? s.getEquipment() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return groups.containsKey(element);
	}
}
