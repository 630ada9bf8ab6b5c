// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.render;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.twinworks.diagram.geometry.Bounds;
import org.twinworks.diagram.geometry.Point;
import org.twinworks.diagram.geometry.Rgb;

/** Converts the diagram's toolkit-free geometry and colour values to SWT's and back. */
public final class SwtGeometry {

	private SwtGeometry() {
	}

	public static org.eclipse.swt.graphics.Point toSwt(Point point) {
		return new org.eclipse.swt.graphics.Point(point.x(), point.y());
	}

	public static Rectangle toSwt(Bounds bounds) {
		return new Rectangle(bounds.x(), bounds.y(), bounds.width(), bounds.height());
	}

	public static RGB toSwt(Rgb colour) {
		return new RGB(colour.red(), colour.green(), colour.blue());
	}

	public static Point fromSwt(org.eclipse.swt.graphics.Point point) {
		return new Point(point.x, point.y);
	}

	public static Bounds fromSwt(Rectangle rectangle) {
		return new Bounds(rectangle.x, rectangle.y, rectangle.width, rectangle.height);
	}

	public static Rgb fromSwt(RGB colour) {
		return new Rgb(colour.red, colour.green, colour.blue);
	}
}
