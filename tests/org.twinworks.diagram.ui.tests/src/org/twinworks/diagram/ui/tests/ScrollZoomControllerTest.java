// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.diagram.layout.ElkArranger;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.ui.render.Scene;
import org.twinworks.diagram.ui.render.SceneRenderer;
import org.twinworks.diagram.ui.render.SymbolLibrary;
import org.twinworks.diagram.ui.viewer.Viewport;
import org.twinworks.diagram.ui.viewer.internal.BufferedPainter;
import org.twinworks.diagram.ui.viewer.internal.ScrollZoomController;

/** The scroll/zoom controller's arithmetic, alone and on a real canvas (Xvfb in CI). */
class ScrollZoomControllerTest {
	@TempDir
	Path folder;
	private Shell shell;
	private Canvas canvas;
	private Viewport viewport;
	private Scene scene;
	private ScrollZoomController controller;
	private final AtomicInteger told = new AtomicInteger();

	@BeforeEach
	void setUp() {
		SceneFixture fixture = new SceneFixture(folder, 2, 4);
		Diagram diagram = fixture.fullDiagram();
		fixture.domain.getCommandStack().execute(ElkArranger.arrangeAll(fixture.domain, diagram));
		scene = fixture.builder.build(diagram);
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(600, 400);
		canvas = new Canvas(shell, SWT.H_SCROLL | SWT.V_SCROLL | SWT.NO_BACKGROUND);
		viewport = new Viewport();
		BufferedPainter painter = new BufferedPainter(canvas, viewport, new SceneRenderer(new SymbolLibrary()),
				() -> scene, g -> {
				});
		controller = new ScrollZoomController(canvas, viewport, () -> scene, painter);
		controller.addListener(told::incrementAndGet);
		shell.open();
		shell.layout();
	}

	@AfterEach
	void tearDown() {
		shell.dispose();
	}

	@Test
	void scrollRangeIsTheDrawingWithItsMarginPlusWhatIsOnScreen() {
		Rectangle extent = new Rectangle(100, 50, 300, 200);
		int m = ScrollZoomController.SCROLL_MARGIN;
		assertEquals(new Rectangle(100 - m, 50 - m, 300 + 2 * m, 200 + 2 * m),
				ScrollZoomController.scrollRange(extent, new Rectangle(0, 0, 10, 10)));
		assertEquals(new Rectangle(100 - m, 50 - m, 2000 - (100 - m), 200 + 2 * m),
				ScrollZoomController.scrollRange(extent, new Rectangle(1900, 0, 100, 100)),
				"scrolled beyond the drawing, the range reaches what is shown");
	}

	@Test
	void wheelNotchesZoomByAFixedFactorBothWays() {
		double in = ScrollZoomController.wheelZoom(1.0, 1);
		assertEquals(ScrollZoomController.WHEEL_ZOOM, in, 1e-9);
		assertEquals(1.0, ScrollZoomController.wheelZoom(in, -1), 1e-9, "one notch back undoes one notch");
	}

	@Test
	void scrollBarPositionsTranslateToScreenPixels() {
		viewport.zoomAt(2.0, 0, 0);
		viewport.scrollTo(30, 40);
		Rectangle range = new Rectangle(-10, 0, 1000, 1000);
		assertEquals(new Point(0, 0), ScrollZoomController.pixelsToReach(new Point(80, 80), viewport, range),
				"the bar already shows the origin: (30 - -10) × 2, (40 - 0) × 2");
		assertEquals(new Point(20, -80), ScrollZoomController.pixelsToReach(new Point(100, 0), viewport, range));
	}

	@Test
	void zoomingAtAPointKeepsThatPointUnderTheMouse() {
		viewport.scrollTo(15, 25);
		Point before = viewport.toDiagram(200, 100);
		controller.zoomAt(2.5, 200, 100);
		assertEquals(2.5, viewport.zoom(), 1e-9);
		assertEquals(before, viewport.toDiagram(200, 100));
		assertEquals(1, told.get(), "the listeners hear of it");
	}

	@Test
	void theWheelZoomsWithCtrlAndScrollsOtherwise() {
		viewport.scrollTo(0, 0);
		wheel(-2, 0);
		assertEquals(new Point(0, 2 * ScrollZoomController.STEP), viewport.toDiagram(0, 0), "down two notches");
		wheel(1, SWT.SHIFT);
		assertEquals(new Point(-ScrollZoomController.STEP, 2 * ScrollZoomController.STEP), viewport.toDiagram(0, 0),
				"Shift scrolls sideways");
		wheel(1, SWT.MOD1);
		assertEquals(ScrollZoomController.WHEEL_ZOOM, viewport.zoom(), 1e-9);
	}

	@Test
	void fitShowsTheWholeDrawingWithItsMargin() {
		controller.zoomToFit();
		Rectangle visible = viewport.toDiagram(canvas.getClientArea());
		Rectangle extent = scene.extent();
		assertTrue(
				visible.contains(extent.x, extent.y)
						&& visible.contains(extent.x + extent.width, extent.y + extent.height),
				visible + " shows " + extent);
		int m = ScrollZoomController.FIT_MARGIN;
		Rectangle client = canvas.getClientArea();
		double expected = Math.min(client.width / (double) (extent.width + 2 * m),
				client.height / (double) (extent.height + 2 * m));
		assertEquals(Math.max(Viewport.MIN_ZOOM, Math.min(Viewport.MAX_ZOOM, expected)), viewport.zoom(), 1e-9);
	}

	@Test
	void revealCentresWhatIsOffScreenAndLeavesWhatIsVisible() {
		viewport.scrollTo(0, 0);
		Rectangle client = canvas.getClientArea();
		controller.reveal(new Rectangle(10, 10, 20, 20));
		assertEquals(0, told.get(), "already visible: no move");
		controller.reveal(new Rectangle(5000, 3000, 40, 20));
		Rectangle visible = viewport.toDiagram(client);
		int cx = visible.x + visible.width / 2, cy = visible.y + visible.height / 2;
		assertTrue(Math.abs(cx - 5020) <= 2 && Math.abs(cy - 3010) <= 2, "centred: " + visible);
		assertEquals(1, told.get());
	}

	@Test
	void theScrollBarsFollowTheViewport() {
		controller.scrollTo(123, 45);
		Rectangle range = ScrollZoomController.scrollRange(scene.extent(), viewport.toDiagram(canvas.getClientArea()));
		assertEquals(123 - range.x, canvas.getHorizontalBar().getSelection());
		assertEquals(45 - range.y, canvas.getVerticalBar().getSelection());
	}

	private void wheel(int count, int modifiers) {
		Event e = new Event();
		e.count = count;
		e.stateMask = modifiers;
		canvas.notifyListeners(SWT.MouseVerticalWheel, e);
	}
}
