// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Point;
import org.twinworks.diagram.ui.render.DrawingSurface;

/** What mouse gestures on the canvas do: select and move, create an element, connect two elements. */
public interface Tool {

	String label();

	/** Symbol id for the palette icon, or null for a text-only entry. */
	default String symbol() {
		return null;
	}

	void mouseDown(DiagramViewer viewer, MouseEvent event, Point at);

	void mouseMove(DiagramViewer viewer, MouseEvent event, Point at);

	void mouseUp(DiagramViewer viewer, MouseEvent event, Point at);

	/** Rubber bands, ghosts and previews, drawn over the diagram in diagram coordinates. */
	default void paintFeedback(DiagramViewer viewer, DrawingSurface g) {
	}

	/** Escape pressed: drop whatever gesture is under way. */
	default void cancel(DiagramViewer viewer) {
	}

	default int cursor() {
		return SWT.CURSOR_ARROW;
	}
}
