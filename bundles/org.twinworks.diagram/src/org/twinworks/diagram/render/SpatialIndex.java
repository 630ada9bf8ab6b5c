package org.twinworks.diagram.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Rectangle;

/**
 * A uniform grid of buckets over figure bounds: what lies in a damaged or visible region, and what is under
 * the mouse, without walking the whole scene.
 */
public final class SpatialIndex<T> {
	private static final int CELL = 256;

	private final Map<Long, List<T>> cells = new HashMap<>();
	private final Map<T, List<Rectangle>> bounds = new IdentityHashMap<>();

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
			forCells(area, key -> {
				List<T> items = cells.computeIfAbsent(key, k -> new ArrayList<>(4));
				if (items.isEmpty() || items.get(items.size() - 1) != item) {
					items.add(item);
				}
			});
		}
	}

	/** Items whose bounds intersect {@code area}, each once, in no particular order. */
	public List<T> query(Rectangle area) {
		Map<T, Boolean> found = new IdentityHashMap<>();
		List<T> result = new ArrayList<>();
		forCells(area, key -> {
			List<T> items = cells.get(key);
			if (items != null) {
				for (T item : items) {
					if (!found.containsKey(item) && intersects(bounds.get(item), area)) {
						found.put(item, Boolean.TRUE);
						result.add(item);
					}
				}
			}
		});
		return result;
	}

	private static boolean intersects(List<Rectangle> areas, Rectangle area) {
		for (Rectangle r : areas) {
			if (r.intersects(area)) {
				return true;
			}
		}
		return false;
	}

	private static void forCells(Rectangle area, java.util.function.LongConsumer action) {
		int x0 = Math.floorDiv(area.x, CELL), x1 = Math.floorDiv(area.x + Math.max(0, area.width), CELL);
		int y0 = Math.floorDiv(area.y, CELL), y1 = Math.floorDiv(area.y + Math.max(0, area.height), CELL);
		for (int cx = x0; cx <= x1; cx++) {
			for (int cy = y0; cy <= y1; cy++) {
				action.accept(((long) cx << 32) ^ (cy & 0xffffffffL));
			}
		}
	}
}
