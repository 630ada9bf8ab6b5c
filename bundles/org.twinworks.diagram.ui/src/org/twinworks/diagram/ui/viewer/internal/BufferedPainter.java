// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.twinworks.diagram.overlay.OverlayListener;
import org.twinworks.diagram.overlay.OverlayProvider;
import org.twinworks.diagram.ui.render.DrawingSurface;
import org.twinworks.diagram.ui.render.FontCache;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.diagram.ui.render.Scene;
import org.twinworks.diagram.ui.render.SceneRenderer;
import org.twinworks.diagram.ui.render.SwtSurface;
import org.twinworks.diagram.ui.viewer.Viewport;

/**
 * Paints the canvas from an off-screen buffer: scrolling shifts the buffer and renders only the uncovered strips;
 * a change re-renders only its damaged regions; an overlay update re-composites only the nodes it names over a
 * second buffer that holds the scene without overlays. Feedback (selection, tools) is drawn over the buffer at
 * each paint.
 */
public final class BufferedPainter {
	/** Below this zoom the drawing is an overview: drawn without antialiasing. */
	private static final double OVERVIEW_ZOOM = 0.35;
	/** Past this many changed nodes one pass over the canvas is cheaper than one per node. */
	private static final int MAX_OVERLAY_REGIONS = 150;

	private final Canvas canvas;
	private final Viewport viewport;
	private final SceneRenderer renderer;
	private final Supplier<Scene> scene;
	private final Consumer<DrawingSurface> feedback;
	private final FontCache fonts;
	/** The scene without live overlays. */
	private ImageCopy staticBuffer;
	/** The static scene with the overlays composited on top: what the canvas shows. */
	private ImageCopy buffer;
	private long lastRepaintNanos;
	private List<Rectangle> lastRendered = List.of();
	private final OverlayListener overlayListener = this::overlaysChanged;
	private OverlayProvider overlays;
	private boolean overlaysVisible = true;

	/** @param feedback draws selection and tool feedback in diagram coordinates over each paint */
	public BufferedPainter(Canvas canvas, Viewport viewport, SceneRenderer renderer, Supplier<Scene> scene,
			Consumer<DrawingSurface> feedback) {
		this.canvas = canvas;
		this.viewport = viewport;
		this.renderer = renderer;
		this.scene = scene;
		this.feedback = feedback;
		fonts = new FontCache(canvas.getDisplay());
		renderer.setOverlaysVisible(true);
		canvas.addListener(SWT.Paint, this::paint);
	}

	/** Shows live overlays from this provider (null: none), re-compositing the nodes it reports changed. */
	public void setOverlays(OverlayProvider provider) {
		if (overlays != null) {
			overlays.removeListener(overlayListener);
		}
		overlays = provider;
		renderer.setOverlays(provider);
		if (provider != null) {
			provider.addListener(overlayListener);
		}
		repaintAll();
	}

	/** Shows or hides the overlays (the user hid their layer); repaints everything when that changes. */
	public void setOverlaysVisible(boolean visible) {
		if (visible != overlaysVisible) {
			overlaysVisible = visible;
			renderer.setOverlaysVisible(visible);
			repaintAll();
		}
	}

	/** The screen regions the last repaint rendered into the buffer (what damage-only repaint saves). */
	public List<Rectangle> lastRenderedRegions() {
		return lastRendered;
	}

	/** Milliseconds the last buffer repaint took. */
	public double lastRepaintMillis() {
		return lastRepaintNanos / 1e6;
	}

	/** Renders the buffer now if it is invalid (the paint event does it otherwise). */
	public void renderNow() {
		ensureBuffer();
	}

	/** Drops the buffer: the next paint renders everything. */
	public void invalidate() {
		if (buffer != null) {
			buffer.dispose();
			buffer = null;
		}
		if (staticBuffer != null) {
			staticBuffer.dispose();
			staticBuffer = null;
		}
	}

	public void repaintAll() {
		invalidate();
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	/** Feedback changed: the buffer stays, only the canvas is redrawn from it. */
	public void redrawFeedback() {
		if (!canvas.isDisposed()) {
			canvas.redraw();
		}
	}

	/** Re-renders these diagram regions into the buffer and asks the canvas to show them. */
	public void repaintDiagramRegions(List<Rectangle> regions) {
		if (regions.isEmpty() || canvas.isDisposed()) {
			return;
		}
		Rectangle client = canvas.getClientArea();
		Rectangle visible = viewport.toDiagram(client);
		List<Rectangle> screen = new ArrayList<>();
		for (Rectangle r : regions) {
			if (r.intersects(visible)) {
				Rectangle s = viewport.toScreen(r).intersection(client);
				if (!s.isEmpty()) {
					screen.add(s);
				}
			}
		}
		if (screen.isEmpty()) {
			return;
		}
		long start = System.nanoTime();
		if (buffer != null) {
			screen = DamageRegions.merge(screen);
			for (Rectangle s : screen) {
				renderIntoBuffer(s);
			}
			lastRepaintNanos = System.nanoTime() - start;
			lastRendered = List.copyOf(screen);
		}
		for (Rectangle s : screen) {
			canvas.redraw(s.x, s.y, s.width, s.height, false);
		}
	}

	/**
	 * Values changed: only the overlays are re-composited over the static buffer, in the changed nodes' regions
	 * (or once over the whole canvas when so many changed that one pass is cheaper).
	 */
	private void overlaysChanged(Collection<? extends EObject> elements) {
		if (canvas.isDisposed() || buffer == null) {
			return;
		}
		Rectangle client = canvas.getClientArea();
		Rectangle visible = viewport.toDiagram(client);
		List<Rectangle> screen = new ArrayList<>();
		long area = 0;
		Scene current = scene.get();
		for (EObject element : elements) {
			for (Object figure : current.figuresOf(element)) {
				if (figure instanceof NodeFigure n && n.damage().intersects(visible)) {
					Rectangle s = viewport.toScreen(n.damage()).intersection(client);
					screen.add(s);
					area += (long) s.width * s.height;
				}
			}
		}
		if (screen.isEmpty()) {
			return;
		}
		long start = System.nanoTime();
		if (screen.size() > MAX_OVERLAY_REGIONS || area > (long) client.width * client.height / 3) {
			screen = List.of(new Rectangle(0, 0, client.width, client.height));
		}
		composite(screen);
		lastRepaintNanos = System.nanoTime() - start;
		lastRendered = List.copyOf(screen);
		for (Rectangle r : screen) {
			canvas.redraw(r.x, r.y, r.width, r.height, false);
		}
	}

	/**
	 * The viewport moved by whole screen pixels: shifts both buffers and renders only the uncovered strips.
	 * Returns false (and does nothing) when there is no buffer or the move uncovers the whole canvas.
	 */
	public boolean scroll(int dx, int dy) {
		Rectangle client = canvas.getClientArea();
		if (buffer == null || Math.abs(dx) >= client.width || Math.abs(dy) >= client.height) {
			return false;
		}
		long start = System.nanoTime();
		for (Image image : new Image[]{staticBuffer.image(), buffer.image()}) {
			GC gc = new GC(image);
			try {
				gc.copyArea(0, 0, client.width, client.height, -dx, -dy);
			} finally {
				gc.dispose();
			}
		}
		if (dx > 0) {
			renderIntoBuffer(new Rectangle(client.width - dx, 0, dx, client.height));
		} else if (dx < 0) {
			renderIntoBuffer(new Rectangle(0, 0, -dx, client.height));
		}
		if (dy > 0) {
			renderIntoBuffer(new Rectangle(0, client.height - dy, client.width, dy));
		} else if (dy < 0) {
			renderIntoBuffer(new Rectangle(0, 0, client.width, -dy));
		}
		lastRepaintNanos = System.nanoTime() - start;
		canvas.redraw();
		return true;
	}

	public void dispose() {
		if (overlays != null) {
			overlays.removeListener(overlayListener);
		}
		invalidate();
		fonts.close();
	}

	private void ensureBuffer() {
		Rectangle client = canvas.getClientArea();
		if (buffer != null) {
			return;
		}
		buffer = new ImageCopy(new Image(canvas.getDisplay(), Math.max(1, client.width), Math.max(1, client.height)));
		staticBuffer = new ImageCopy(
				new Image(canvas.getDisplay(), Math.max(1, client.width), Math.max(1, client.height)));
		long start = System.nanoTime();
		Rectangle all = new Rectangle(0, 0, Math.max(1, client.width), Math.max(1, client.height));
		renderIntoBuffer(all);
		lastRepaintNanos = System.nanoTime() - start;
		lastRendered = List.of(all);
	}

	/** Renders the static scene of a screen region, then composites its overlays. */
	private void renderIntoBuffer(Rectangle screenArea) {
		GC gc = new GC(staticBuffer.image());
		Transform transform = new Transform(canvas.getDisplay());
		try {
			// far out, symbols are boxes and lines a pixel wide: antialiasing would triple the cost for a blur
			gc.setAntialias(viewport.zoom() < OVERVIEW_ZOOM ? SWT.OFF : SWT.ON);
			gc.setTextAntialias(SWT.ON);
			toDiagram(transform);
			gc.setTransform(transform);
			Rectangle area = viewport.toDiagram(screenArea);
			renderer.paintStatic(scene.get(), new SwtSurface(gc, fonts, area), area, viewport.zoom());
		} finally {
			transform.dispose();
			gc.dispose();
		}
		composite(List.of(screenArea));
	}

	/** buffer = static buffer + overlays, in some screen regions; one GC for all of them. */
	private void composite(List<Rectangle> screenAreas) {
		GC gc = new GC(buffer.image());
		Transform transform = new Transform(canvas.getDisplay());
		try {
			for (Rectangle r : screenAreas) {
				staticBuffer.copy(gc, r);
			}
			if (!renderer.hasOverlays()) {
				return;
			}
			// in an overview the overlays are bars and boxes on the pixel grid: antialiasing only costs time
			gc.setAntialias(viewport.zoom() < OVERVIEW_ZOOM ? SWT.OFF : SWT.ON);
			gc.setTextAntialias(SWT.ON);
			toDiagram(transform);
			gc.setTransform(transform);
			Scene current = scene.get();
			for (Rectangle r : screenAreas) {
				Rectangle area = viewport.toDiagram(r);
				renderer.paintOverlays(current, new SwtSurface(gc, fonts, area), area, viewport.zoom());
			}
		} finally {
			transform.dispose();
			gc.dispose();
		}
	}

	private void paint(Event e) {
		ensureBuffer();
		buffer.copy(e.gc, e.x, e.y, e.width, e.height);
		Transform transform = new Transform(canvas.getDisplay());
		try {
			e.gc.setAntialias(SWT.ON);
			toDiagram(transform);
			e.gc.setTransform(transform);
			feedback.accept(new SwtSurface(e.gc, fonts));
			e.gc.setTransform(null);
		} finally {
			transform.dispose();
		}
	}

	/** Screen pixels from diagram coordinates at the current zoom and scroll position. */
	private void toDiagram(Transform transform) {
		transform.scale((float) viewport.zoom(), (float) viewport.zoom());
		transform.translate((float) -viewport.originX(), (float) -viewport.originY());
	}
}
