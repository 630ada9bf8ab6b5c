// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Rectangle;

/**
 * Merges damaged screen rectangles that overlap or nearly touch, so that an edit renders a few regions rather
 * than one per edge segment; rectangles far apart stay apart (their union would repaint what did not change).
 */
final class DamageRegions {
	private static final int NEAR = 24;
	private static final int MAX_REGIONS = 48;

	private DamageRegions() {
	}

	static List<Rectangle> merge(List<Rectangle> rectangles) {
		List<Rectangle> merged = new ArrayList<>(rectangles);
		boolean changed = true;
		while (changed) {
			changed = false;
			outer : for (int i = 0; i < merged.size(); i++) {
				Rectangle a = merged.get(i);
				Rectangle near = new Rectangle(a.x - NEAR, a.y - NEAR, a.width + 2 * NEAR, a.height + 2 * NEAR);
				for (int j = i + 1; j < merged.size(); j++) {
					Rectangle b = merged.get(j);
					if (near.intersects(b)) {
						Rectangle union = a.union(b);
						// only when the union wastes little: two long thin strips at right angles stay two
						if ((long) union.width * union.height <= 2L
								* ((long) a.width * a.height + (long) b.width * b.height)) {
							merged.set(i, union);
							merged.remove(j);
							changed = true;
							break outer;
						}
					}
				}
			}
		}
		if (merged.size() > MAX_REGIONS) {
			Rectangle all = merged.get(0);
			for (Rectangle r : merged) {
				all = all.union(r);
			}
			return List.of(all);
		}
		return merged;
	}
}
