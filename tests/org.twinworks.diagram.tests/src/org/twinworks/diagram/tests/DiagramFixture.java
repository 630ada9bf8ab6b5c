// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.tests;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.twinworks.diagram.geometry.Rgb;
import org.twinworks.diagram.description.ConditionalStyle;
import org.twinworks.diagram.description.DiagramDescription;
import org.twinworks.diagram.description.EdgeMapping;
import org.twinworks.diagram.description.LabelPosition;
import org.twinworks.diagram.description.Layer;
import org.twinworks.diagram.description.LineStyle;
import org.twinworks.diagram.description.NodeMapping;
import org.twinworks.diagram.description.PortMapping;
import org.twinworks.diagram.description.ResourceResolver;
import org.twinworks.diagram.description.StyleSpec;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.NotationFactory;
import org.twinworks.diagram.notation.Side;
import org.twinworks.diagram.persistence.NotationFiles;
import org.twinworks.diagram.persistence.NotationResource;
import org.twinworks.diagram.sync.DiagramSynchronizer;
import org.twinworks.model.Area;
import org.twinworks.model.Connection;
import org.twinworks.model.ConnectionKind;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Plant;
import org.twinworks.model.Port;
import org.twinworks.model.PortDirection;
import org.twinworks.model.TwinFactory;
import org.twinworks.diagram.description.BuiltInSymbols;
import org.twinworks.model.persistence.PlantFiles;

/**
 * A small plant (areas of pumps and tanks joined by pipes, one signal line) in a real UUID resource, a
 * notation resource beside it in the same resource set and editing domain, and a test description written
 * against the plant metamodel — the framework must work with any description, not only the P&ID one.
 */
public class DiagramFixture {
	public static final Rgb TANK_FILL = new Rgb(200, 220, 255);
	public static final Rgb PIPE = new Rgb(10, 120, 10);

	public final ResourceSet set = PlantFiles.newResourceSet();
	public final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
			new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(), set);
	public final Resource model;
	public final NotationResource notation;
	public final Plant plant;
	public final DiagramDescription description = description();
	public final ResourceResolver resolver;
	public final DiagramSynchronizer sync;

	public DiagramFixture(Path folder, int areas, int equipmentPerArea) {
		model = PlantFiles.createResource(set, folder.resolve("test.twin"));
		plant = TwinFactory.eINSTANCE.createPlant();
		plant.setName("Test plant");
		model.getContents().add(plant);
		Port previous = null;
		for (int a = 0; a < areas; a++) {
			Area area = TwinFactory.eINSTANCE.createArea();
			area.setName("Area " + a);
			plant.getAreas().add(area);
			for (int e = 0; e < equipmentPerArea; e++) {
				Equipment equipment = TwinFactory.eINSTANCE.createEquipment();
				equipment.setKind(e % 3 == 2 ? EquipmentKind.TANK : EquipmentKind.PUMP);
				equipment.setTag((e % 3 == 2 ? "TK-" : "P-") + (100 * (a + 1) + e));
				equipment.setName("Equipment " + a + "." + e);
				Port in = port("In", PortDirection.IN);
				Port out = port("Out", PortDirection.OUT);
				equipment.getPorts().add(in);
				equipment.getPorts().add(out);
				area.getEquipment().add(equipment);
				if (previous != null) {
					connect(previous, in, ConnectionKind.PIPE);
				}
				previous = out;
			}
		}
		if (areas > 0 && equipmentPerArea > 1) {
			Equipment first = plant.getAreas().get(0).getEquipment().get(0);
			Equipment second = plant.getAreas().get(0).getEquipment().get(1);
			connect(second.getPorts().get(1), first.getPorts().get(0), ConnectionKind.SIGNAL);
		}
		notation = NotationFiles.createResource(NotationFiles.configure(set), folder.resolve("test.twindiagram"));
		resolver = new ResourceResolver(model);
		sync = new DiagramSynchronizer(description, resolver);
	}

	private static Port port(String name, PortDirection direction) {
		Port port = TwinFactory.eINSTANCE.createPort();
		port.setName(name);
		port.setDirection(direction);
		return port;
	}

	private void connect(Port from, Port to, ConnectionKind kind) {
		Connection c = TwinFactory.eINSTANCE.createConnection();
		c.setKind(kind);
		c.setSource(from);
		c.setTarget(to);
		c.setTag("L-" + plant.getConnections().size());
		plant.getConnections().add(c);
	}

	public Equipment equipment(int area, int index) {
		return plant.getAreas().get(area).getEquipment().get(index);
	}

	/** An empty diagram of the plant, added through the command stack. */
	public Diagram newDiagram() {
		Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
		diagram.setName("Test");
		diagram.setDescription(description.id());
		diagram.setElement(resolver.idOf(plant));
		domain.getCommandStack()
				.execute(new org.eclipse.emf.edit.command.AddCommand(domain, notation.getContents(), diagram));
		return diagram;
	}

	/** A diagram showing everything: areas, then their equipment, then the edges. */
	public Diagram fullDiagram() {
		Diagram diagram = newDiagram();
		for (int pass = 0; pass < 2; pass++) {
			sync.missingNodes(diagram).forEach((mapping, elements) -> domain.getCommandStack()
					.execute(sync.showAll(domain, diagram, mapping, org.twinworks.diagram.geometry.Bounds.EMPTY)));
		}
		List<org.twinworks.diagram.notation.Edge> edges = sync.missingEdges(diagram);
		if (!edges.isEmpty()) {
			domain.getCommandStack()
					.execute(org.twinworks.diagram.commands.NotationCommands.addEdges(domain, diagram, edges));
		}
		return diagram;
	}

	static DiagramDescription description() {
		NodeMapping equipment = NodeMapping.builder("equipment").layer("process")
				.candidates(p -> ((Area) p).getEquipment()).symbol(BuiltInSymbols.ROUNDED).size(50, 40)
				.labelText(e -> ((Equipment) e).getTag()).labelPosition(LabelPosition.BELOW)
				.conditionalStyle(new ConditionalStyle("tanks", e -> ((Equipment) e).getKind() == EquipmentKind.TANK,
						s -> s.withFill(TANK_FILL)))
				.port(new PortMapping("port", e -> ((Equipment) e).getPorts(),
						p -> ((Port) p).getDirection() == PortDirection.IN ? Side.WEST : Side.EAST, 8,
						StyleSpec.DEFAULT))
				.build();
		NodeMapping area = NodeMapping.builder("area").layer("process").candidates(p -> ((Plant) p).getAreas())
				.symbol(BuiltInSymbols.CONTAINER).size(300, 200).labelText(e -> ((Area) e).getName())
				.labelPosition(LabelPosition.TOP_LEFT).child(equipment).build();
		EdgeMapping pipe = EdgeMapping.builder("pipe").layer("process")
				.candidates(p -> ((Plant) p).getConnections().stream().filter(c -> c.getKind() == ConnectionKind.PIPE)
						.toList())
				.ends(c -> ((Connection) c).getSource(), c -> ((Connection) c).getTarget())
				.style(StyleSpec.DEFAULT.withFill(null).withStroke(PIPE).withLineWidth(3)).arrow(true).build();
		EdgeMapping signal = EdgeMapping.builder("signal").layer("signals")
				.candidates(p -> ((Plant) p).getConnections().stream().filter(c -> c.getKind() == ConnectionKind.SIGNAL)
						.toList())
				.ends(c -> ((Connection) c).getSource(), c -> ((Connection) c).getTarget())
				.style(StyleSpec.DEFAULT.withFill(null).withLine(LineStyle.DASHED)).build();
		return new DiagramDescription(
				"test", "Test", Plant.class::isInstance, List.of(new Layer("process", "Process", true),
						new Layer("signals", "Signals", true), new Layer("live", "Live", true)),
				List.of(area), List.of(pipe, signal), "live");
	}
}
