// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.render;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.twinworks.diagram.description.PortMapping;
import org.twinworks.diagram.description.StyleSpec;
import org.twinworks.diagram.notation.Port;
import org.twinworks.diagram.notation.Side;

/** A border port as drawn, in absolute coordinates. */
public record PortFigure(Port view, EObject element, PortMapping mapping, Rectangle shape, Side side, StyleSpec style) {

	public Point center() {
		return new Point(shape.x + shape.width / 2, shape.y + shape.height / 2);
	}

	public Rectangle damage() {
		return new Rectangle(shape.x - 3, shape.y - 3, shape.width + 6, shape.height + 6);
	}
}
