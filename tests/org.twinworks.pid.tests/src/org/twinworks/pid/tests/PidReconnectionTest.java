// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.pid.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.diagram.description.DiagramDescription;
import org.twinworks.diagram.description.EdgeReconnector;
import org.twinworks.diagram.description.EditContext;
import org.twinworks.diagram.description.ResourceResolver;
import org.twinworks.diagram.description.SemanticResolver;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Edge;
import org.twinworks.diagram.notation.View;
import org.twinworks.diagram.persistence.NotationFiles;
import org.twinworks.model.Connection;
import org.twinworks.model.ConnectionKind;
import org.twinworks.model.Plant;
import org.twinworks.model.Port;
import org.twinworks.model.PortDirection;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.pid.OverviewDiagram;
import org.twinworks.pid.PlantDiagramDescription;

/**
 * Dragging a pipe's end to another nozzle on the demo plant's overview: the connection and its edge change in one
 * command through the editing domain, and the connection rules refuse what they would report as a problem.
 */
class PidReconnectionTest {
	@TempDir
	Path folder;
	private EditingDomain domain;
	private Diagram diagram;
	private ResourceResolver resolver;
	private final List<String> status = new ArrayList<>();
	private EdgeReconnector reconnection;
	private Edge pipe;
	private Connection connection;

	@BeforeEach
	void setUp() {
		ResourceSet set = PlantFiles.newResourceSet();
		domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(),
				set);
		Resource model = PlantFiles.createResource(set, folder.resolve("demo.twin"));
		DemoPlant.createIn(model);
		Plant plant = (Plant) model.getContents().get(0);
		Resource notation = NotationFiles.createResource(NotationFiles.configure(set),
				folder.resolve("demo.twindiagram"));
		domain.getCommandStack().execute(OverviewDiagram.create(domain, plant, notation, OverviewDiagram.NAME));
		diagram = (Diagram) notation.getContents().get(0);
		resolver = new ResourceResolver(model);
		reconnection = PlantDiagramDescription.get().editing().reconnection();
		assertNotNull(reconnection, "the P&ID declares reconnection");
		for (Edge edge : diagram.getEdges()) {
			if (resolver.resolve(edge.getElement()) instanceof Connection c && c.getKind() == ConnectionKind.PIPE
					&& edge.getTarget() != null) {
				pipe = edge;
				connection = c;
				break;
			}
		}
		assertNotNull(pipe, "the overview draws pipes");
	}

	@Test
	void aPipesTargetMovesToAnotherInletInOneUndoableCommand() {
		Port oldTarget = connection.getTarget();
		View oldView = pipe.getTarget();
		View inlet = nozzle(p -> p.getDirection() != PortDirection.OUT);
		Port newTarget = (Port) resolver.resolve(inlet.getElement());
		Command reconnect = reconnection.reconnect(context(), pipe, EdgeReconnector.End.TARGET, inlet);
		assertNotNull(reconnect, "refused: " + status);
		domain.getCommandStack().execute(reconnect);
		assertSame(newTarget, connection.getTarget(), "the model changes");
		assertSame(inlet, pipe.getTarget(), "and the diagram");
		domain.getCommandStack().undo();
		assertSame(oldTarget, connection.getTarget(), "one undo restores both");
		assertSame(oldView, pipe.getTarget());
	}

	@Test
	void anOutletAsAPipesTargetIsRefusedWithTheRulesReason() {
		View outlet = nozzle(p -> p.getDirection() == PortDirection.OUT);
		assertNull(reconnection.reconnect(context(), pipe, EdgeReconnector.End.TARGET, outlet));
		assertTrue(status.stream().anyMatch(s -> s.contains("is an outlet")), "" + status);
	}

	@Test
	void aWholeSymbolIsNotANozzle() {
		View equipment = (View) pipe.getTarget().eContainer();
		assertNull(reconnection.reconnect(context(), pipe, EdgeReconnector.End.TARGET, equipment));
		assertTrue(status.stream().anyMatch(s -> s.contains("nozzle")), "" + status);
	}

	/** A process-fluid nozzle view on other equipment than either end of the pipe. */
	private View nozzle(Predicate<Port> wanted) {
		for (var it = diagram.eAllContents(); it.hasNext();) {
			if (it.next() instanceof org.twinworks.diagram.notation.Port view
					&& resolver.resolve(view.getElement()) instanceof Port port && wanted.test(port)
					&& port.getMedium() == connection.getSource().getMedium()
					&& port.getEquipment() != connection.getSource().getEquipment()
					&& port.getEquipment() != connection.getTarget().getEquipment()) {
				return view;
			}
		}
		throw new AssertionError("no such nozzle on the overview");
	}

	private EditContext context() {
		return new EditContext() {
			@Override
			public EditingDomain domain() {
				return domain;
			}

			@Override
			public Diagram diagram() {
				return diagram;
			}

			@Override
			public DiagramDescription description() {
				return PlantDiagramDescription.get();
			}

			@Override
			public SemanticResolver resolver() {
				return resolver;
			}

			@Override
			public void showStatus(String message) {
				status.add(message);
			}
		};
	}
}
