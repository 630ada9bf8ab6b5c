// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.geometry;

/** A point in diagram coordinates. */
public record Point(int x, int y) {

	public Point translate(int dx, int dy) {
		return new Point(x + dx, y + dy);
	}
}
