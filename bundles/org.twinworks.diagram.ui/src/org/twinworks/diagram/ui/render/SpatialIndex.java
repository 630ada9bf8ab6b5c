// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Rectangle;

/**
 * A uniform grid of buckets over the scene's extent: what lies in a damaged or visible region, and what is
 * under the mouse, without walking the whole scene. An array of buckets, built once per scene: no hashing or
 * boxing on the paths that run for every figure; a copy shares unchanged cells, for a scene that changes a few
 * figures.
 */
public final class SpatialIndex<T> {
	private static final int CELL = 256;

	private final int x0;
	private final int y0;
	private final int columns;
	private final int rows;
	private final List<T>[] cells;
	private final IdentityHashMap<T, List<Rectangle>> bounds;
	/** Which cells' lists this index may change; a copy shares the others with its original until it writes. */
	private final boolean[] owned;

	/** @param extent what every item added lies inside */
	@SuppressWarnings("unchecked")
	public SpatialIndex(Rectangle extent) {
		x0 = Math.floorDiv(extent.x, CELL);
		y0 = Math.floorDiv(extent.y, CELL);
		columns = Math.floorDiv(extent.x + Math.max(0, extent.width), CELL) - x0 + 1;
		rows = Math.floorDiv(extent.y + Math.max(0, extent.height), CELL) - y0 + 1;
		cells = new List[columns * rows];
		bounds = new IdentityHashMap<>();
		owned = new boolean[cells.length];
		java.util.Arrays.fill(owned, true);
	}

	@SuppressWarnings("unchecked")
	private SpatialIndex(SpatialIndex<T> original) {
		x0 = original.x0;
		y0 = original.y0;
		columns = original.columns;
		rows = original.rows;
		cells = original.cells.clone();
		bounds = (IdentityHashMap<T, List<Rectangle>>) original.bounds.clone();
		owned = new boolean[cells.length];
	}

	/**
	 * A copy to change a few items of without touching this index: cells are copied when the copy first writes
	 * to them, so replacing a figure costs the cells it covers, not the whole grid.
	 */
	public SpatialIndex<T> copy() {
		return new SpatialIndex<>(this);
	}

	/** Removes an item from every cell it covers. */
	public void remove(T item) {
		List<Rectangle> areas = bounds.remove(item);
		if (areas == null) {
			return;
		}
		forEachCell(areas, i -> {
			List<T> items = writable(i);
			for (int k = items.size() - 1; k >= 0; k--) {
				if (items.get(k) == item) {
					items.remove(k);
				}
			}
		});
	}

	/** Every area of every item, once per item (what the scene's extent is the union of). */
	public void forEachArea(java.util.function.Consumer<Rectangle> action) {
		for (List<Rectangle> areas : bounds.values()) {
			areas.forEach(action);
		}
	}

	private List<T> writable(int i) {
		if (!owned[i]) {
			cells[i] = cells[i] == null ? new ArrayList<>(4) : new ArrayList<>(cells[i]);
			owned[i] = true;
		} else if (cells[i] == null) {
			cells[i] = new ArrayList<>(4);
		}
		return cells[i];
	}

	private void forEachCell(List<Rectangle> areas, java.util.function.IntConsumer action) {
		for (Rectangle area : areas) {
			int cx0 = column(area.x), cx1 = column(area.x + Math.max(0, area.width));
			int cy0 = row(area.y), cy1 = row(area.y + Math.max(0, area.height));
			for (int cy = cy0; cy <= cy1; cy++) {
				for (int cx = cx0; cx <= cx1; cx++) {
					action.accept(cy * columns + cx);
				}
			}
		}
	}

	public void add(T item, Rectangle area) {
		add(item, List.of(area));
	}

	/**
	 * An item covering several areas (an edge: one per segment), so a long line is found only where it runs,
	 * not everywhere in its bounding box.
	 */
	public void add(T item, List<Rectangle> areas) {
		bounds.put(item, areas);
		forEachCell(areas, i -> {
			List<T> items = writable(i);
			if (items.isEmpty() || items.get(items.size() - 1) != item) {
				items.add(item);
			}
		});
	}

	/** Items whose bounds intersect {@code area}, each once, in no particular order. */
	public List<T> query(Rectangle area) {
		Map<T, Boolean> found = new IdentityHashMap<>();
		List<T> result = new ArrayList<>();
		int cx0 = column(area.x), cx1 = column(area.x + Math.max(0, area.width));
		int cy0 = row(area.y), cy1 = row(area.y + Math.max(0, area.height));
		for (int cy = cy0; cy <= cy1; cy++) {
			for (int cx = cx0; cx <= cx1; cx++) {
				List<T> items = cells[cy * columns + cx];
				if (items == null) {
					continue;
				}
				for (T item : items) {
					if (!found.containsKey(item) && intersects(bounds.get(item), area)) {
						found.put(item, Boolean.TRUE);
						result.add(item);
					}
				}
			}
		}
		return result;
	}

	private int column(int x) {
		return Math.max(0, Math.min(columns - 1, Math.floorDiv(x, CELL) - x0));
	}

	private int row(int y) {
		return Math.max(0, Math.min(rows - 1, Math.floorDiv(y, CELL) - y0));
	}

	private static boolean intersects(List<Rectangle> areas, Rectangle area) {
		for (Rectangle r : areas) {
			if (r.intersects(area)) {
				return true;
			}
		}
		return false;
	}
}
