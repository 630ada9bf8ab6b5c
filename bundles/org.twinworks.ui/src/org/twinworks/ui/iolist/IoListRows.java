// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.iolist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.nebula.widgets.nattable.filterrow.IFilterStrategy;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.twinworks.model.Binding;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * The rows the table shows: every signal of the plant, filtered by the filter row and sorted by the header
 * clicks. {@link #visible} is the list NatTable reads; it is refilled in place, never replaced.
 */
final class IoListRows implements IFilterStrategy<IoListRow>, ISortModel {
	final List<IoListRow> visible = new ArrayList<>();
	private final List<IoListRow> all = new ArrayList<>();
	private final Map<Integer, String> filters = new HashMap<>();
	private final LinkedHashMap<Integer, SortDirectionEnum> sorting = new LinkedHashMap<>();
	private DataLayer body;

	void attach(DataLayer bodyDataLayer) {
		body = bodyDataLayer;
	}

	/** Re-reads the signals from the model (after signals or bindings were added or removed). */
	void reload(Plant plant) {
		all.clear();
		if (plant != null) {
			Map<Signal, Binding> bindings = new HashMap<>();
			if (plant.getTwin() != null) {
				for (Binding b : plant.getTwin().getBindings()) {
					if (b.isActive() && b.getSignal() != null) {
						bindings.putIfAbsent(b.getSignal(), b);
					}
				}
			}
			for (TreeIterator<EObject> it = plant.eAllContents(); it.hasNext();) {
				EObject e = it.next();
				if (e instanceof EquipmentType) {
					it.prune();
				} else if (e instanceof Signal s) {
					all.add(new IoListRow(s, bindings.get(s)));
				}
			}
		}
		rebuild();
	}

	int total() {
		return all.size();
	}

	@Override
	public void applyFilter(Map<Integer, Object> filterIndexToObjectMap) {
		filters.clear();
		filterIndexToObjectMap.forEach((column, value) -> {
			if (value != null && !value.toString().isBlank()) {
				filters.put(column, value.toString().strip().toLowerCase(Locale.ROOT));
			}
		});
		rebuild();
	}

	private void rebuild() {
		visible.clear();
		for (IoListRow row : all) {
			if (matches(row)) {
				visible.add(row);
			}
		}
		sortVisible();
		refresh();
	}

	private boolean matches(IoListRow row) {
		for (Map.Entry<Integer, String> filter : filters.entrySet()) {
			Object value = IoListColumns.ALL.get(filter.getKey()).value().apply(row);
			if (value == null || !value.toString().toLowerCase(Locale.ROOT).contains(filter.getValue())) {
				return false;
			}
		}
		return true;
	}

	private void sortVisible() {
		Comparator<IoListRow> order = null;
		for (Map.Entry<Integer, SortDirectionEnum> entry : sorting.entrySet()) {
			int column = entry.getKey();
			Comparator<IoListRow> byColumn = Comparator.comparing(r -> IoListColumns.ALL.get(column).value().apply(r),
					VALUES);
			if (entry.getValue() == SortDirectionEnum.DESC) {
				byColumn = byColumn.reversed();
			}
			order = order == null ? byColumn : order.thenComparing(byColumn);
		}
		if (order != null) {
			visible.sort(order);
		}
	}

	private void refresh() {
		if (body != null) {
			body.fireLayerEvent(new RowStructuralRefreshEvent(body));
		}
	}

	/** Numbers by value, text ignoring case (so P-2 sorts before p-3), empty cells first. */
	private static final Comparator<Object> VALUES = Comparator.nullsFirst((a, b) -> {
		if (a instanceof Number x && b instanceof Number y) {
			return Double.compare(x.doubleValue(), y.doubleValue());
		}
		return a.toString().compareToIgnoreCase(b.toString());
	});

	@Override
	public List<Integer> getSortedColumnIndexes() {
		return new ArrayList<>(sorting.keySet());
	}

	@Override
	public boolean isColumnIndexSorted(int column) {
		return sorting.containsKey(column);
	}

	@Override
	public SortDirectionEnum getSortDirection(int column) {
		return sorting.getOrDefault(column, SortDirectionEnum.NONE);
	}

	@Override
	public int getSortOrder(int column) {
		return getSortedColumnIndexes().indexOf(column);
	}

	@SuppressWarnings("rawtypes")
	@Override
	public List<Comparator> getComparatorsForColumnIndex(int column) {
		return List.of(VALUES);
	}

	@Override
	public Comparator<?> getColumnComparator(int column) {
		return VALUES;
	}

	@Override
	public void sort(int column, SortDirectionEnum direction, boolean accumulate) {
		if (!accumulate) {
			sorting.clear();
		}
		if (direction == SortDirectionEnum.NONE) {
			sorting.remove(column);
		} else {
			sorting.put(column, direction);
		}
		rebuild();
	}

	@Override
	public void clear() {
		sorting.clear();
		rebuild();
	}
}
