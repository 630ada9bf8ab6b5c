// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.geometry;

/** An axis-aligned rectangle in diagram coordinates: top-left corner and size. */
public record Bounds(int x, int y, int width, int height) {

	public static final Bounds EMPTY = new Bounds(0, 0, 0, 0);

	public Point topLeft() {
		return new Point(x, y);
	}

	public int right() {
		return x + width;
	}

	public int bottom() {
		return y + height;
	}

	public boolean contains(int px, int py) {
		return px >= x && py >= y && px < x + width && py < y + height;
	}

	/** Whether the two overlap with a positive area (touching edges do not count). */
	public boolean intersects(Bounds other) {
		return other.x < x + width && other.y < y + height && other.x + other.width > x && other.y + other.height > y;
	}

	/** The smallest bounds that hold both. */
	public Bounds union(Bounds other) {
		int left = Math.min(x, other.x), top = Math.min(y, other.y);
		return new Bounds(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
	}
}
