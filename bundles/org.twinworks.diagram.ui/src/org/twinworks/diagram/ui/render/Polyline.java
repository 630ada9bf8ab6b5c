// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.render;

import java.util.Arrays;

import org.eclipse.swt.graphics.Rectangle;

/** An immutable list of points (x0, y0, x1, y1, …) that compares by value. */
public final class Polyline {
	private final int[] xy;

	public Polyline(int[] xy) {
		if (xy.length < 4 || xy.length % 2 != 0) {
			throw new IllegalArgumentException("a polyline needs at least two points");
		}
		this.xy = xy.clone();
	}

	public int[] points() {
		return xy.clone();
	}

	public int size() {
		return xy.length / 2;
	}

	public int x(int i) {
		return xy[2 * i];
	}

	public int y(int i) {
		return xy[2 * i + 1];
	}

	public Rectangle bounds() {
		int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = Integer.MIN_VALUE, maxY = Integer.MIN_VALUE;
		for (int i = 0; i < xy.length; i += 2) {
			minX = Math.min(minX, xy[i]);
			maxX = Math.max(maxX, xy[i]);
			minY = Math.min(minY, xy[i + 1]);
			maxY = Math.max(maxY, xy[i + 1]);
		}
		return new Rectangle(minX, minY, maxX - minX, maxY - minY);
	}

	/** Index of the first point of the longest segment (where labels and flow arrows go). */
	public int longestSegment() {
		int best = 0;
		long bestLength = -1;
		for (int i = 0; i + 1 < size(); i++) {
			long length = Math.abs(x(i + 1) - x(i)) + Math.abs(y(i + 1) - y(i));
			if (length > bestLength) {
				bestLength = length;
				best = i;
			}
		}
		return best;
	}

	/** Distance from (px, py) to the nearest segment. */
	public double distanceTo(int px, int py) {
		double best = Double.MAX_VALUE;
		for (int i = 0; i + 3 < xy.length; i += 2) {
			best = Math.min(best, segmentDistance(px, py, xy[i], xy[i + 1], xy[i + 2], xy[i + 3]));
		}
		return best;
	}

	private static double segmentDistance(double px, double py, double x1, double y1, double x2, double y2) {
		double dx = x2 - x1, dy = y2 - y1;
		double length = dx * dx + dy * dy;
		double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length));
		double cx = x1 + t * dx - px, cy = y1 + t * dy - py;
		return Math.sqrt(cx * cx + cy * cy);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Polyline other && Arrays.equals(xy, other.xy);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(xy);
	}

	@Override
	public String toString() {
		return Arrays.toString(xy);
	}
}
