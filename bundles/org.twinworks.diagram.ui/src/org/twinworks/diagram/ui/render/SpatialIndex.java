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
 * boxing on the paths that run for every figure.
 */
public final class SpatialIndex<T> {
	private static final int CELL = 256;

	private final int x0;
	private final int y0;
	private final int columns;
	private final int rows;
	private final List<T>[] cells;
	private final Map<T, List<Rectangle>> bounds = new IdentityHashMap<>();

	/** @param extent what every item added lies inside */
	@SuppressWarnings("unchecked")
	public SpatialIndex(Rectangle extent) {
		x0 = Math.floorDiv(extent.x, CELL);
		y0 = Math.floorDiv(extent.y, CELL);
		columns = Math.floorDiv(extent.x + Math.max(0, extent.width), CELL) - x0 + 1;
		rows = Math.floorDiv(extent.y + Math.max(0, extent.height), CELL) - y0 + 1;
		cells = new List[columns * rows];
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
		for (Rectangle area : areas) {
			int cx0 = column(area.x), cx1 = column(area.x + Math.max(0, area.width));
			int cy0 = row(area.y), cy1 = row(area.y + Math.max(0, area.height));
			for (int cy = cy0; cy <= cy1; cy++) {
				for (int cx = cx0; cx <= cx1; cx++) {
					int i = cy * columns + cx;
					List<T> items = cells[i];
					if (items == null) {
						cells[i] = items = new ArrayList<>(4);
					}
					if (items.isEmpty() || items.get(items.size() - 1) != item) {
						items.add(item);
					}
				}
			}
		}
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
