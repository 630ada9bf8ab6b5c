// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
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
import org.twinworks.diagram.commands.NotationCommands;
import org.twinworks.diagram.description.DiagramDescription;
import org.twinworks.diagram.description.DiagramEditing;
import org.twinworks.diagram.description.EdgeMapping;
import org.twinworks.diagram.description.EdgeReconnector;
import org.twinworks.diagram.layout.ElkArranger;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Edge;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.notation.Side;
import org.twinworks.diagram.persistence.LoadedNotation;
import org.twinworks.diagram.persistence.NotationFiles;
import org.twinworks.diagram.ui.render.EdgeFigure;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.diagram.ui.render.PortFigure;
import org.twinworks.diagram.ui.render.SceneBuilder;
import org.twinworks.diagram.ui.render.SceneRenderer;
import org.twinworks.diagram.ui.render.SymbolLibrary;
import org.twinworks.diagram.ui.viewer.DiagramViewer;
import org.twinworks.model.Connection;
import org.twinworks.model.Port;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.model.rules.ConnectionRules;

/**
 * Label drags and edge reconnection with real SWT mouse and key events on the canvas: each drop is one undoable
 * command, Escape drops the gesture, a reconnection the rules refuse shows a forbidden cursor and changes nothing.
 * The viewer's incremental scene is checked against a full build after each edit.
 */
class DiagramGesturesTest {
	@TempDir
	Path folder;
	private Shell shell;
	private SceneFixture fixture;
	private Diagram diagram;
	private CommandStack stack;
	private DiagramViewer viewer;
	private final List<String> status = new ArrayList<>();

	@BeforeEach
	void setUp() {
		fixture = new SceneFixture(folder, 2, 5);
		diagram = fixture.fullDiagram();
		stack = fixture.domain.getCommandStack();
		stack.execute(ElkArranger.arrangeAll(fixture.domain, diagram));
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout());
		shell.setSize(1400, 1000);
		DiagramDescription d = fixture.description;
		// the fixture's description with labelled pipes and the rules' reconnection
		List<EdgeMapping> edges = new ArrayList<>(d.edgeMappings());
		edges.set(0,
				EdgeMapping.builder("pipe").layer("process")
						.candidates(p -> fixture.plant.getConnections().stream()
								.filter(c -> c.getKind() == org.twinworks.model.ConnectionKind.PIPE).toList())
						.ends(c -> ((Connection) c).getSource(), c -> ((Connection) c).getTarget())
						.labelText(c -> ((Connection) c).getTag()).arrow(true).build());
		DiagramDescription edited = new DiagramDescription(d.id(), d.label(), d::appliesTo, d.layers(),
				d.nodeMappings(), edges, d.overlayLayer(), DiagramEditing.VIEWS_ONLY.withReconnection(RULES));
		viewer = new DiagramViewer(shell, fixture.domain, diagram,
				new SceneBuilder(edited, fixture.resolver, new SymbolLibrary()),
				new SceneRenderer(new SymbolLibrary()));
		viewer.setStatusLine(status::add);
		shell.open();
	}

	@AfterEach
	void tearDown() {
		shell.dispose();
	}

	@Test
	void draggingANodesLabelMovesItInOneUndoableCommandThatIsSaved() throws Exception {
		Node pump = diagram.getNodes().get(0).getChildren().get(0);
		Rectangle box = ((NodeFigure) viewer.scene().figureOf(pump)).labelBox();
		int x = pump.getX();
		drag(centre(box), 30, 15);
		assertEquals(List.of(30, 15), List.of(pump.getLabel().getDx(), pump.getLabel().getDy()));
		assertEquals(x, pump.getX(), "the node stays where it was");
		Rectangle moved = ((NodeFigure) viewer.scene().figureOf(pump)).labelBox();
		assertEquals(new Rectangle(box.x + 30, box.y + 15, box.width, box.height), moved);
		IncrementalSceneTest.assertSameScene(viewer.builder().build(diagram), viewer.scene());

		stack.undo();
		assertNull(pump.getLabel(), "one undo");
		assertEquals(box, ((NodeFigure) viewer.scene().figureOf(pump)).labelBox());
		stack.redo();

		Path file = folder.resolve("saved.twindiagram");
		NotationFiles.save(fixture.notation, file);
		LoadedNotation reloaded = NotationFiles.load(PlantFiles.newResourceSet(), file);
		Node again = reloaded.diagrams().get(0).getNodes().get(0).getChildren().get(0);
		assertEquals(pump.getElement(), again.getElement());
		assertNotNull(again.getLabel(), "the offset is in the file");
		assertEquals(List.of(30, 15), List.of(again.getLabel().getDx(), again.getLabel().getDy()));
	}

	@Test
	void draggingAnEdgesLabelMovesIt() {
		Edge pipe = pipeFrom(0, 0);
		EdgeFigure figure = (EdgeFigure) viewer.scene().figureOf(pipe);
		Rectangle box = figure.labelBox();
		drag(centre(box), -20, 25);
		assertEquals(List.of(-20, 25), List.of(pipe.getLabel().getDx(), pipe.getLabel().getDy()));
		assertEquals(new Rectangle(box.x - 20, box.y + 25, box.width, box.height),
				((EdgeFigure) viewer.scene().figureOf(pipe)).labelBox());
		assertEquals(figure.route(), ((EdgeFigure) viewer.scene().figureOf(pipe)).route(), "the route stays");
		stack.undo();
		assertNull(pipe.getLabel());
	}

	@Test
	void escapeCancelsALabelDrag() {
		Node pump = diagram.getNodes().get(0).getChildren().get(0);
		Point from = centre(((NodeFigure) viewer.scene().figureOf(pump)).labelBox());
		Command last = stack.getUndoCommand();
		mouse(SWT.MouseDown, from.x, from.y);
		mouse(SWT.MouseMove, from.x + 40, from.y + 40);
		key(SWT.ESC);
		mouse(SWT.MouseUp, from.x + 40, from.y + 40);
		assertNull(pump.getLabel(), "nothing moved");
		assertSame(last, stack.getUndoCommand(), "and nothing was executed");
	}

	@Test
	void draggingAnEdgesEndToAnotherPortReconnectsModelAndDiagramInOneUndoableCommand() {
		Edge pipe = pipeFrom(0, 0);
		Connection connection = (Connection) fixture.resolver.resolve(pipe.getElement());
		Port oldTarget = connection.getTarget();
		var oldView = pipe.getTarget();
		org.twinworks.diagram.notation.Port newView = portView(0, 3, Side.WEST);
		Port newTarget = (Port) fixture.resolver.resolve(newView.getElement());
		viewer.select(List.of(pipe));
		Point end = targetEnd(pipe);
		Point to = screen(((PortFigure) viewer.scene().figureOf(newView)).center());
		mouse(SWT.MouseDown, end.x, end.y);
		mouse(SWT.MouseMove, to.x, to.y);
		assertSame(Display.getDefault().getSystemCursor(SWT.CURSOR_HAND), viewer.canvas().getCursor(),
				"the cursor says the port is accepted");
		mouse(SWT.MouseUp, to.x, to.y);
		assertSame(newTarget, connection.getTarget(), "the connection follows");
		assertSame(newView, pipe.getTarget(), "and so does its edge");
		EdgeFigure drawn = (EdgeFigure) viewer.scene().figureOf(pipe);
		PortFigure port = (PortFigure) viewer.scene().figureOf(newView);
		assertEquals(port.center(),
				new Point(drawn.route().x(drawn.route().size() - 1), drawn.route().y(drawn.route().size() - 1)),
				"the pipe ends at the new nozzle");
		IncrementalSceneTest.assertSameScene(viewer.builder().build(diagram), viewer.scene());

		stack.undo();
		assertSame(oldTarget, connection.getTarget(), "one undo restores the model");
		assertSame(oldView, pipe.getTarget(), "and the diagram");
	}

	@Test
	void aReconnectionTheRulesRefuseShowsAForbiddenCursorAndChangesNothing() {
		Edge pipe = pipeFrom(0, 0);
		Connection connection = (Connection) fixture.resolver.resolve(pipe.getElement());
		Port oldTarget = connection.getTarget();
		org.twinworks.diagram.notation.Port outlet = portView(0, 3, Side.EAST);
		viewer.select(List.of(pipe));
		Command last = stack.getUndoCommand();
		Point end = targetEnd(pipe);
		Point to = screen(((PortFigure) viewer.scene().figureOf(outlet)).center());
		mouse(SWT.MouseDown, end.x, end.y);
		mouse(SWT.MouseMove, to.x, to.y);
		assertSame(Display.getDefault().getSystemCursor(SWT.CURSOR_NO), viewer.canvas().getCursor(),
				"an outlet cannot be a pipe's target: the cursor says so before the drop");
		mouse(SWT.MouseUp, to.x, to.y);
		assertSame(oldTarget, connection.getTarget());
		assertSame(last, stack.getUndoCommand(), "nothing executed");
		assertTrue(status.stream().anyMatch(s -> s.contains("outlet")), "the status line says why: " + status);
		assertSame(Display.getDefault().getSystemCursor(SWT.CURSOR_ARROW), viewer.canvas().getCursor(),
				"the cursor is the tool's again");
	}

	/** Reconnection as a description would declare it for the plant: the connection rules decide. */
	private static final EdgeReconnector RULES = (context, edge, end, newEnd) -> {
		Connection connection = (Connection) context.resolver().resolve(edge.getElement());
		if (!(context.resolver().resolve(newEnd.getElement()) instanceof Port port)) {
			context.showStatus("not a port");
			return null;
		}
		boolean source = end == EdgeReconnector.End.SOURCE;
		Connection probe = TwinFactory.eINSTANCE.createConnection();
		probe.setKind(connection.getKind());
		probe.setSource(source ? port : connection.getSource());
		probe.setTarget(source ? connection.getTarget() : port);
		BasicDiagnostic problems = new BasicDiagnostic();
		if (!ConnectionRules.compatiblePorts(probe, problems, null)) {
			context.showStatus(problems.getChildren().get(0).getMessage());
			return null;
		}
		CompoundCommand reconnect = new CompoundCommand("Reconnect");
		reconnect.append(SetCommand.create(context.domain(), connection,
				source ? TwinPackage.Literals.CONNECTION__SOURCE : TwinPackage.Literals.CONNECTION__TARGET, port));
		reconnect.append(NotationCommands.reconnect(context.domain(), edge, source, newEnd));
		return reconnect;
	};

	private Edge pipeFrom(int area, int index) {
		Node node = diagram.getNodes().get(area).getChildren().get(index);
		for (Edge edge : diagram.getEdges()) {
			if (node.getPorts().contains(edge.getSource()) && "pipe".equals(edge.getMapping())) {
				return edge;
			}
		}
		throw new AssertionError("no pipe from " + node);
	}

	private org.twinworks.diagram.notation.Port portView(int area, int index, Side side) {
		for (var port : diagram.getNodes().get(area).getChildren().get(index).getPorts()) {
			if (port.getSide() == side) {
				return port;
			}
		}
		throw new AssertionError("no " + side + " port");
	}

	private Point targetEnd(Edge edge) {
		EdgeFigure figure = (EdgeFigure) viewer.scene().figureOf(edge);
		int last = figure.route().size() - 1;
		return viewer.viewport().toScreen(figure.route().x(last), figure.route().y(last));
	}

	private Point centre(Rectangle diagramBox) {
		return viewer.viewport().toScreen(diagramBox.x + diagramBox.width / 2, diagramBox.y + diagramBox.height / 2);
	}

	private Point screen(Point diagramPoint) {
		return viewer.viewport().toScreen(diagramPoint.x, diagramPoint.y);
	}

	private void drag(Point from, int dx, int dy) {
		mouse(SWT.MouseDown, from.x, from.y);
		mouse(SWT.MouseMove, from.x + dx / 2, from.y + dy / 2);
		mouse(SWT.MouseMove, from.x + dx, from.y + dy);
		mouse(SWT.MouseUp, from.x + dx, from.y + dy);
	}

	private void mouse(int type, int x, int y) {
		Event e = new Event();
		e.x = x;
		e.y = y;
		e.button = 1;
		e.stateMask = type == SWT.MouseDown ? 0 : SWT.BUTTON1;
		viewer.canvas().notifyListeners(type, e);
	}

	private void key(int keyCode) {
		Event e = new Event();
		e.keyCode = keyCode;
		viewer.canvas().notifyListeners(SWT.KeyDown, e);
	}
}
