// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.diagram.ui.export.DiagramExport;
import org.twinworks.diagram.layout.ElkArranger;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.overlay.Emphasis;
import org.twinworks.diagram.overlay.Overlay;
import org.twinworks.diagram.overlay.OverlayListener;
import org.twinworks.diagram.overlay.OverlayProvider;
import org.twinworks.diagram.ui.render.EdgeFigure;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.diagram.ui.render.PortFigure;
import org.twinworks.diagram.ui.render.Scene;
import org.twinworks.diagram.ui.render.SceneRenderer;
import org.twinworks.diagram.ui.render.SymbolLibrary;
import org.twinworks.diagram.geometry.Rgb;
import org.twinworks.diagram.ui.render.SwtGeometry;
import org.twinworks.diagram.ui.viewer.DiagramViewer;

/** Pixels, hit-testing and a scripted drag on a real SWT display (Xvfb in CI). */
class RenderingTest {
	@TempDir
	Path folder;
	private Display display;
	private Shell shell;
	private SceneFixture fixture;
	private Diagram diagram;

	@BeforeEach
	void setUp() {
		display = Display.getDefault();
		fixture = new SceneFixture(folder, 2, 4);
		diagram = fixture.fullDiagram();
		fixture.domain.getCommandStack().execute(ElkArranger.arrangeAll(fixture.domain, diagram));
	}

	@AfterEach
	void tearDown() {
		if (shell != null) {
			shell.dispose();
		}
	}

	@Test
	void nodesAndEdgesArePaintedWhereTheyAre() {
		Scene scene = fixture.builder.build(diagram);
		SceneRenderer renderer = new SceneRenderer(new SymbolLibrary());
		ImageData image = DiagramExport.image(display, scene, renderer, 1.0);
		Rectangle area = DiagramExport.area(scene);
		NodeFigure tank = NotationSceneTest.figureOf(scene, fixture.equipment(0, 2));
		Point centre = new Point(tank.shape().x + tank.shape().width / 2, tank.shape().y + tank.shape().height / 3);
		assertEquals(SceneFixture.TANK_FILL, pixel(image, area, centre), "the tank is filled where it is");
		EdgeFigure pipe = scene.edges().stream().filter(e -> e.mapping().id().equals("pipe")).findFirst().orElseThrow();
		Point onPipe = middleOfLongestSegment(pipe);
		assertEquals(SceneFixture.PIPE, pixel(image, area, onPipe),
				"the pipe is drawn along its route " + pipe.route());
		Rectangle extent = scene.extent();
		assertEquals(new Rgb(255, 255, 255), pixel(image, area, new Point(extent.x - 15, extent.y - 15)),
				"the margin is empty");
	}

	@Test
	void overlaysPaintValueBoxesAndEmphasis() {
		Scene scene = fixture.builder.build(diagram);
		SceneRenderer renderer = new SceneRenderer(new SymbolLibrary());
		EObject pump = fixture.equipment(0, 0);
		renderer.setOverlays(
				provider(e -> e == pump ? new Overlay("12.5 bar", Emphasis.ALARM, new Rgb(255, 0, 0)) : null));
		ImageData image = DiagramExport.image(display, scene, renderer, 1.0);
		Rectangle area = DiagramExport.area(scene);
		NodeFigure figure = NotationSceneTest.figureOf(scene, fixture.equipment(0, 0));
		Rectangle s = figure.shape();
		assertEquals(new Rgb(255, 0, 0), pixel(image, area, new Point(s.x + s.width / 2, s.y - 3)),
				"an alarm outlines the node in the overlay's colour");
		Rectangle box = figure.overlayBox();
		assertEquals(new Rgb(246, 248, 250), pixel(image, area, new Point(box.x + 2, box.y + box.height / 2)),
				"the value box is drawn under the label");
	}

	@Test
	void hitTestingFindsPortsNodesEdgesAndContainers() {
		DiagramViewer viewer = openViewer();
		Scene scene = viewer.scene();
		NodeFigure pump = NotationSceneTest.figureOf(scene, fixture.equipment(0, 0));
		Rectangle s = pump.shape();
		assertSame(pump, viewer.hit(new Point(s.x + s.width / 2, s.y + s.height / 2)));
		PortFigure port = scene.ports().get(0);
		assertSame(port, viewer.hit(port.center()));
		EdgeFigure pipe = scene.edges().get(0);
		assertInstanceOf(EdgeFigure.class, viewer.hit(middleOfLongestSegment(pipe)));
		NodeFigure area = (NodeFigure) scene.figuresOf(fixture.plant.getAreas().get(0)).get(0);
		Object inside = viewer.hit(new Point(area.shape().x + 3, area.shape().y + area.shape().height - 3));
		assertSame(area, inside, "inside an area but on nothing else: the area");
		Rectangle extent = scene.extent();
		assertNull(viewer.hit(new Point(extent.x + extent.width + 100, extent.y)));
	}

	@Test
	void aScriptedDragMovesANodeAndUndoPutsItBack() {
		DiagramViewer viewer = openViewer();
		Node node = diagram.getNodes().get(0).getChildren().get(0);
		int x = node.getX(), y = node.getY();
		NodeFigure figure = (NodeFigure) viewer.scene().figureOf(node);
		Point start = viewer.viewport().toScreen(figure.shape().x + figure.shape().width / 2,
				figure.shape().y + figure.shape().height / 2);
		mouse(viewer, SWT.MouseDown, start.x, start.y);
		mouse(viewer, SWT.MouseMove, start.x + 25, start.y + 10);
		mouse(viewer, SWT.MouseMove, start.x + 50, start.y + 20);
		mouse(viewer, SWT.MouseUp, start.x + 50, start.y + 20);
		assertEquals(x + 50, node.getX(), "moved by the drag, snapped to the 10-unit grid");
		assertEquals(y + 20, node.getY());
		assertEquals(List.of(node), viewer.selectedNodes(), "the dragged node is selected");
		assertEquals(List.of(fixture.equipment(0, 0)),
				((org.eclipse.jface.viewers.IStructuredSelection) viewer.getSelection()).toList(),
				"the viewer's selection is the semantic element (for Properties and the tree)");
		fixture.domain.getCommandStack().undo();
		assertEquals(x, node.getX());
		assertEquals(y, node.getY());
		NodeFigure back = (NodeFigure) viewer.scene().figureOf(node);
		assertEquals(figure.shape(), back.shape(), "the scene follows undo");
	}

	@Test
	void dragASelectedNodesHandleResizesIt() {
		DiagramViewer viewer = openViewer();
		Node node = diagram.getNodes().get(0).getChildren().get(1);
		viewer.select(List.of(node));
		NodeFigure figure = (NodeFigure) viewer.scene().figureOf(node);
		Rectangle s = figure.shape();
		Point corner = viewer.viewport().toScreen(s.x + s.width, s.y + s.height);
		mouse(viewer, SWT.MouseDown, corner.x, corner.y);
		mouse(viewer, SWT.MouseMove, corner.x + 30, corner.y + 20);
		mouse(viewer, SWT.MouseUp, corner.x + 30, corner.y + 20);
		assertEquals(s.width + 30, node.getWidth(), "the bottom-right handle widens");
		assertEquals(s.height + 20, node.getHeight());
		assertEquals(s.x, ((NodeFigure) viewer.scene().figureOf(node)).shape().x, "and keeps the top-left corner");
	}

	@Test
	void aMarqueeSelectsWhatItEncloses() {
		DiagramViewer viewer = openViewer();
		NodeFigure first = NotationSceneTest.figureOf(viewer.scene(), fixture.equipment(1, 0));
		NodeFigure second = NotationSceneTest.figureOf(viewer.scene(), fixture.equipment(1, 1));
		Rectangle both = first.shape().union(second.shape());
		Point from = viewer.viewport().toScreen(both.x - 5, both.y - 5);
		Point to = viewer.viewport().toScreen(both.x + both.width + 5, both.y + both.height + 5);
		// starts on the area's background (below its title band): a marquee, not a drag of the area
		Object start = viewer.hit(viewer.viewport().toDiagram(from.x, from.y));
		assertTrue(start instanceof NodeFigure n && n.isContainer(), "starts on the area: " + start);
		mouse(viewer, SWT.MouseDown, from.x, from.y);
		mouse(viewer, SWT.MouseMove, to.x, to.y);
		mouse(viewer, SWT.MouseUp, to.x, to.y);
		assertEquals(2, viewer.selectedNodes().size(), viewer.selectedViews().toString());
		assertTrue(viewer.selectedNodes().containsAll(List.of(first.view(), second.view())),
				viewer.selectedViews().toString());
	}

	@Test
	void keysMoveTheSelectionDeleteRemovesItsViewAndUndoRestores() {
		DiagramViewer viewer = openViewer();
		Node node = diagram.getNodes().get(0).getChildren().get(2);
		viewer.select(List.of(node));
		int x = node.getX();
		key(viewer, SWT.ARROW_RIGHT, 0);
		assertEquals(x + 10, node.getX(), "an arrow moves by one grid step");
		key(viewer, SWT.ARROW_LEFT, SWT.SHIFT);
		assertEquals(x - 90, node.getX(), "Shift moves by ten");
		key(viewer, SWT.DEL, 0);
		assertTrue(viewer.scene().figureOf(node) == null, "Delete removes the view");
		assertTrue(fixture.equipment(0, 2).eResource() != null, "but not the element");
		fixture.domain.getCommandStack().undo();
		assertTrue(viewer.scene().figureOf(node) != null);
	}

	@Test
	void thePngExportIsAnImageOfTheDiagram() throws Exception {
		Scene scene = fixture.builder.build(diagram);
		Path png = folder.resolve("diagram.png");
		DiagramExport.writePng(display, scene, new SceneRenderer(new SymbolLibrary()), 2.0, png);
		ImageData read = new org.eclipse.swt.graphics.ImageLoader().load(png.toString())[0];
		Rectangle area = DiagramExport.area(scene);
		assertEquals(area.width * 2, read.width, "scale 2 doubles the size");
		assertEquals(area.height * 2, read.height);
		NodeFigure tank = NotationSceneTest.figureOf(scene, fixture.equipment(0, 2));
		Point centre = new Point(tank.shape().x + tank.shape().width / 2, tank.shape().y + tank.shape().height / 3);
		assertEquals(SceneFixture.TANK_FILL, pixel(read, area, centre, 2), "the tank is filled where it is");
		EdgeFigure pipe = scene.edges().stream().filter(e -> e.mapping().id().equals("pipe")).findFirst().orElseThrow();
		assertEquals(SceneFixture.PIPE, pixel(read, area, middleOfLongestSegment(pipe), 2), "the pipe is drawn");
		RGB background = read.palette.getRGB(read.getPixel(0, 0));
		for (NodeFigure node : scene.nodes()) {
			Rectangle r = node.shape();
			int drawn = 0;
			for (int y = 2 * (r.y - area.y); y < 2 * (r.y + r.height - area.y); y++) {
				for (int x = 2 * (r.x - area.x); x < 2 * (r.x + r.width - area.x); x++) {
					drawn += background.equals(read.palette.getRGB(read.getPixel(x, y))) ? 0 : 1;
				}
			}
			assertTrue(drawn * 20 >= r.width * r.height * 4, "at least 5% of " + node.element() + "'s bounds " + r
					+ " are painted, not background: " + drawn + " pixels");
		}
	}

	@Test
	void anOverlayChangeRepaintsOnlyItsNode() {
		DiagramViewer viewer = openViewer();
		List<OverlayListener> listeners = new CopyOnWriteArrayList<>();
		String[] value = {"1.0 bar"};
		EObject pump = fixture.equipment(0, 0);
		viewer.setOverlays(new OverlayProvider() {
			@Override
			public Overlay overlayFor(EObject element) {
				return element == pump ? Overlay.of(value[0]) : null;
			}

			@Override
			public void addListener(OverlayListener listener) {
				listeners.add(listener);
			}

			@Override
			public void removeListener(OverlayListener listener) {
				listeners.remove(listener);
			}
		});
		flush();
		value[0] = "2.0 bar";
		listeners.forEach(l -> l.overlaysChanged(List.of(pump)));
		List<Rectangle> rendered = viewer.lastRenderedRegions();
		assertEquals(1, rendered.size(), "one node changed, one region rendered: " + rendered);
		Rectangle client = viewer.canvas().getClientArea();
		Rectangle node = viewer.viewport()
				.toScreen(NotationSceneTest.figureOf(viewer.scene(), fixture.equipment(0, 0)).damage());
		assertTrue(rendered.get(0).width <= node.width + 2 && rendered.get(0).height <= node.height + 2,
				"only the node's region is rendered: " + rendered + " for a node of " + node + " on " + client);
		flush();
		assertNotEquals(client, rendered.get(0));
	}

	private DiagramViewer openViewer() {
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1000, 800);
		DiagramViewer viewer = new DiagramViewer(shell, fixture.domain, diagram, fixture.builder,
				new SceneRenderer(new SymbolLibrary()));
		shell.open();
		flush();
		Rectangle extent = viewer.scene().extent();
		viewer.scrollTo(extent.x - 20, extent.y - 20);
		flush();
		return viewer;
	}

	private void flush() {
		long end = System.currentTimeMillis() + 300;
		while (System.currentTimeMillis() < end) {
			while (display.readAndDispatch()) {
				// drain
			}
			display.update();
		}
	}

	private static void mouse(DiagramViewer viewer, int type, int x, int y) {
		Event e = new Event();
		e.x = x;
		e.y = y;
		e.button = 1;
		e.stateMask = type == SWT.MouseDown ? 0 : SWT.BUTTON1;
		viewer.canvas().notifyListeners(type, e);
	}

	private static void key(DiagramViewer viewer, int keyCode, int modifiers) {
		Event e = new Event();
		e.keyCode = keyCode;
		e.stateMask = modifiers;
		viewer.canvas().notifyListeners(SWT.KeyDown, e);
	}

	private static OverlayProvider provider(java.util.function.Function<EObject, Overlay> overlays) {
		return new OverlayProvider() {
			@Override
			public Overlay overlayFor(EObject element) {
				return overlays.apply(element);
			}

			@Override
			public void addListener(OverlayListener listener) {
			}

			@Override
			public void removeListener(OverlayListener listener) {
			}
		};
	}

	static Point middleOfLongestSegment(EdgeFigure edge) {
		int best = edge.route().longestSegment();
		// a quarter along, clear of the flow arrow in the middle
		return new Point(edge.route().x(best) + (edge.route().x(best + 1) - edge.route().x(best)) / 4,
				edge.route().y(best) + (edge.route().y(best + 1) - edge.route().y(best)) / 4);
	}

	private static Rgb pixel(ImageData image, Rectangle area, Point diagramPoint) {
		return SwtGeometry
				.fromSwt(image.palette.getRGB(image.getPixel(diagramPoint.x - area.x, diagramPoint.y - area.y)));
	}

	private static Rgb pixel(ImageData image, Rectangle area, Point diagramPoint, int scale) {
		return SwtGeometry.fromSwt(image.palette
				.getRGB(image.getPixel(scale * (diagramPoint.x - area.x), scale * (diagramPoint.y - area.y))));
	}

}
