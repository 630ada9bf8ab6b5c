// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.twinworks.diagram.geometry.Rgb;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.twinworks.diagram.ui.export.DiagramExport;

/**
 * A small picture of the whole diagram with the visible part framed, for the Outline view; click or drag to
 * move the viewer there. Re-rendered lazily (after a change, at the next paint) at a scale where text is
 * skipped, so it stays cheap on large diagrams.
 */
public final class DiagramThumbnail {
	private static final Rgb FRAME = new Rgb(30, 100, 220);

	private final Canvas canvas;
	private final DiagramViewer viewer;
	private Image image;
	private double scale;
	private Rectangle area;

	public DiagramThumbnail(Composite parent, DiagramViewer viewer) {
		this.viewer = viewer;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, e -> invalidate());
		canvas.addListener(SWT.MouseDown, this::moveViewer);
		canvas.addListener(SWT.MouseMove, e -> {
			if ((e.stateMask & SWT.BUTTON1) != 0) {
				moveViewer(e);
			}
		});
		// the Outline page (and this thumbnail) can close while the viewer lives on: unregister on dispose
		Runnable invalidate = this::invalidate;
		Runnable redraw = canvas::redraw;
		viewer.addSceneListener(invalidate);
		viewer.addViewportListener(redraw);
		canvas.addListener(SWT.Dispose, e -> {
			viewer.removeSceneListener(invalidate);
			viewer.removeViewportListener(redraw);
			dispose();
		});
	}

	public Canvas getControl() {
		return canvas;
	}

	private void invalidate() {
		if (image != null) {
			image.dispose();
			image = null;
		}
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	private void render() {
		Rectangle client = canvas.getClientArea();
		Rectangle extent = viewer.scene().extent();
		area = new Rectangle(extent.x - 20, extent.y - 20, Math.max(1, extent.width + 40),
				Math.max(1, extent.height + 40));
		scale = Math.min(client.width / (double) area.width, client.height / (double) area.height);
		image = new Image(canvas.getDisplay(), Math.max(1, client.width), Math.max(1, client.height));
		GC gc = new GC(image);
		try {
			DiagramExport.paintScaled(gc, viewer.scene(), viewer.renderer(), area, scale);
		} finally {
			gc.dispose();
		}
	}

	private void paint(Event e) {
		Rectangle client = canvas.getClientArea();
		if (client.width <= 0 || client.height <= 0 || viewer.canvas().isDisposed()) {
			return;
		}
		if (image == null) {
			render();
		}
		e.gc.drawImage(image, 0, 0);
		Rectangle visible = viewer.viewport().toDiagram(viewer.canvas().getClientArea());
		e.gc.setForeground(new Color(FRAME.red(), FRAME.green(), FRAME.blue()));
		e.gc.setLineWidth(2);
		e.gc.drawRectangle((int) ((visible.x - area.x) * scale), (int) ((visible.y - area.y) * scale),
				(int) (visible.width * scale), (int) (visible.height * scale));
	}

	private void moveViewer(Event e) {
		if (area == null || scale <= 0 || viewer.canvas().isDisposed()) {
			return;
		}
		Rectangle visible = viewer.viewport().toDiagram(viewer.canvas().getClientArea());
		double x = area.x + e.x / scale - visible.width / 2.0;
		double y = area.y + e.y / scale - visible.height / 2.0;
		viewer.scrollTo(x, y);
	}

	private void dispose() {
		if (image != null) {
			image.dispose();
		}
	}
}
