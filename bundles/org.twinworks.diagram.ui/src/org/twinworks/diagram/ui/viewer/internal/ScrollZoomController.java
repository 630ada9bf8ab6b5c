// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.twinworks.diagram.ui.render.Scene;
import org.twinworks.diagram.ui.viewer.Viewport;

/**
 * Zooms and scrolls the canvas: wheel (Ctrl zooms at the mouse, Shift scrolls sideways), scroll bars, fit, reveal.
 * Keeps the scroll bars over the drawing plus a margin, and tells its listeners after every move.
 */
public final class ScrollZoomController {
	/** Space left around the drawing when it is fitted or first shown, in diagram units. */
	public static final int FIT_MARGIN = 20;
	/** How far the scroll bars reach past the drawing, in diagram units. */
	public static final int SCROLL_MARGIN = 200;
	/** Screen pixels one wheel notch or scroll bar arrow scrolls. */
	public static final int STEP = 20;
	/** Zoom factor of one wheel notch. */
	public static final double WHEEL_ZOOM = 1.15;

	private final Canvas canvas;
	private final Viewport viewport;
	private final Supplier<Scene> scene;
	private final BufferedPainter painter;
	// copy-on-write: a listener may remove itself (a thumbnail disposed) while they are told
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	public ScrollZoomController(Canvas canvas, Viewport viewport, Supplier<Scene> scene, BufferedPainter painter) {
		this.canvas = canvas;
		this.viewport = viewport;
		this.scene = scene;
		this.painter = painter;
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.getVerticalBar().addListener(SWT.Selection, e -> scrollBarMoved());
		canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrollBarMoved());
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Zooms keeping the centre of the canvas where it is. */
	public void zoomTo(double zoom) {
		Rectangle client = canvas.getClientArea();
		zoomAt(zoom, client.width / 2, client.height / 2);
	}

	/** Zooms keeping the diagram point under screen point (sx, sy) where it is. */
	public void zoomAt(double zoom, int sx, int sy) {
		viewport.zoomAt(zoom, sx, sy);
		changed(true);
	}

	public void zoomToFit() {
		Rectangle client = canvas.getClientArea();
		viewport.fit(withMargin(scene.get().extent(), FIT_MARGIN), client.width, client.height);
		changed(true);
	}

	public void scrollTo(double x, double y) {
		viewport.scrollTo(x, y);
		changed(true);
	}

	/** Scrolls by whole screen pixels, reusing the painter's buffer where it can. */
	public void scrollByPixels(int dx, int dy) {
		if (dx == 0 && dy == 0) {
			return;
		}
		viewport.scrollTo(viewport.originX() + dx / viewport.zoom(), viewport.originY() + dy / viewport.zoom());
		changed(!painter.scroll(dx, dy));
	}

	/** Scrolls so that a diagram rectangle is visible: centred when it was not, no move when it was. */
	public void reveal(Rectangle r) {
		Rectangle visible = viewport.toDiagram(canvas.getClientArea());
		if (visible.contains(r.x, r.y) && visible.contains(r.x + r.width, r.y + r.height)) {
			return;
		}
		scrollTo(r.x + r.width / 2.0 - visible.width / 2.0, r.y + r.height / 2.0 - visible.height / 2.0);
	}

	/** The canvas was resized: the buffer and the scroll bars no longer fit it. */
	public void resized() {
		painter.invalidate();
		updateScrollBars();
		canvas.redraw();
	}

	public void updateScrollBars() {
		if (canvas.isDisposed()) {
			return;
		}
		Rectangle range = scrollRange(scene.get().extent(), viewport.toDiagram(canvas.getClientArea()));
		Rectangle client = canvas.getClientArea();
		double z = viewport.zoom();
		configure(canvas.getHorizontalBar(), (int) (range.width * z), client.width,
				(int) ((viewport.originX() - range.x) * z));
		configure(canvas.getVerticalBar(), (int) (range.height * z), client.height,
				(int) ((viewport.originY() - range.y) * z));
	}

	/** The scrollable range in diagram units: the drawing with a margin, plus whatever is on screen. */
	public static Rectangle scrollRange(Rectangle extent, Rectangle visible) {
		return withMargin(extent, SCROLL_MARGIN).union(visible);
	}

	/** The screen pixels to scroll by so the viewport's origin sits at a scroll bar position (x or y). */
	public static Point pixelsToReach(Point barPosition, Viewport viewport, Rectangle range) {
		double z = viewport.zoom();
		int nowX = (int) Math.round((viewport.originX() - range.x) * z);
		int nowY = (int) Math.round((viewport.originY() - range.y) * z);
		return new Point(barPosition.x - nowX, barPosition.y - nowY);
	}

	/** The zoom after {@code notches} wheel notches (positive: towards the user, zooming in). */
	public static double wheelZoom(double zoom, int notches) {
		return zoom * (notches > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM);
	}

	private static Rectangle withMargin(Rectangle r, int margin) {
		return new Rectangle(r.x - margin, r.y - margin, r.width + 2 * margin, r.height + 2 * margin);
	}

	private void changed(boolean rerender) {
		if (rerender) {
			painter.repaintAll();
		}
		updateScrollBars();
		listeners.forEach(Runnable::run);
	}

	private void wheel(Event e) {
		if ((e.stateMask & SWT.MOD1) != 0) {
			zoomAt(wheelZoom(viewport.zoom(), e.count), e.x, e.y);
		} else if ((e.stateMask & SWT.SHIFT) != 0) {
			scrollByPixels(-e.count * STEP, 0);
		} else {
			scrollByPixels(0, -e.count * STEP);
		}
		e.doit = false;
	}

	private static void configure(ScrollBar bar, int total, int visible, int position) {
		bar.setValues(Math.max(0, position), 0, Math.max(total, visible), Math.max(1, visible), STEP,
				Math.max(1, visible - STEP));
	}

	private void scrollBarMoved() {
		Rectangle range = scrollRange(scene.get().extent(), viewport.toDiagram(canvas.getClientArea()));
		Point by = pixelsToReach(
				new Point(canvas.getHorizontalBar().getSelection(), canvas.getVerticalBar().getSelection()), viewport,
				range);
		scrollByPixels(by.x, by.y);
	}
}
