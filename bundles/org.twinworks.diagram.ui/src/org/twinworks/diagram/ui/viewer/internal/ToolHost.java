// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.twinworks.diagram.ui.viewer.DiagramViewer;
import org.twinworks.diagram.ui.viewer.Tool;
import org.twinworks.diagram.ui.viewer.Viewport;

/**
 * Holds the active tool and hands it the canvas' mouse gestures in diagram coordinates; the middle button pans
 * whatever the tool. Falls back to the default (selection) tool when a tool is done.
 */
public final class ToolHost {
	private final DiagramViewer viewer;
	private final Canvas canvas;
	private final Viewport viewport;
	private final Tool defaultTool;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private Tool tool;
	private Point lastMouse = new Point(0, 0);
	private Point panFrom;

	/**
	 * @param pan scrolls by screen pixels (x, y) while the middle button drags
	 * @param hover told where the mouse is, in diagram coordinates, after the tool saw the move
	 */
	public ToolHost(DiagramViewer viewer, Tool defaultTool, Consumer<Point> pan, Consumer<Point> hover) {
		this.viewer = viewer;
		this.canvas = viewer.canvas();
		this.viewport = viewer.viewport();
		this.defaultTool = defaultTool;
		this.tool = defaultTool;
		canvas.addListener(SWT.MouseDown, e -> {
			canvas.setFocus();
			if (e.button == 2) {
				panFrom = new Point(e.x, e.y);
				return;
			}
			tool.mouseDown(viewer, new MouseEvent(e), viewport.toDiagram(e.x, e.y));
		});
		canvas.addListener(SWT.MouseMove, e -> {
			lastMouse = viewport.toDiagram(e.x, e.y);
			if (panFrom != null) {
				pan.accept(new Point(panFrom.x - e.x, panFrom.y - e.y));
				panFrom = new Point(e.x, e.y);
				return;
			}
			tool.mouseMove(viewer, new MouseEvent(e), viewport.toDiagram(e.x, e.y));
			hover.accept(viewport.toDiagram(e.x, e.y));
		});
		canvas.addListener(SWT.MouseUp, e -> {
			if (e.button == 2) {
				panFrom = null;
				return;
			}
			tool.mouseUp(viewer, new MouseEvent(e), viewport.toDiagram(e.x, e.y));
		});
	}

	public Tool active() {
		return tool;
	}

	/** Cancels the active tool's gesture and activates another (null: the default tool). */
	public void activate(Tool newTool) {
		tool.cancel(viewer);
		tool = newTool == null ? defaultTool : newTool;
		canvas.setCursor(canvas.getDisplay().getSystemCursor(tool.cursor()));
	}

	/** Back to the default tool, telling the listeners (a palette shows which tool is active). */
	public void activateDefault() {
		activate(defaultTool);
		listeners.forEach(Runnable::run);
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	/** Where the mouse last was over the canvas, in diagram coordinates. */
	public Point lastMousePosition() {
		return lastMouse;
	}
}
