// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.twinworks.diagram.commands.NotationCommands;
import org.twinworks.diagram.description.DiagramDescription;
import org.twinworks.diagram.description.EdgeMapping;
import org.twinworks.diagram.description.LabelPosition;
import org.twinworks.diagram.description.Layer;
import org.twinworks.diagram.description.NodeMapping;
import org.twinworks.diagram.description.PortMapping;
import org.twinworks.diagram.description.ResourceResolver;
import org.twinworks.diagram.description.StyleSpec;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.notation.NotationFactory;
import org.twinworks.diagram.notation.Side;
import org.twinworks.diagram.persistence.NotationFiles;
import org.twinworks.diagram.persistence.NotationResource;
import org.twinworks.diagram.ui.render.SymbolLibrary;
import org.twinworks.diagram.sync.DiagramSynchronizer;
import org.twinworks.model.Area;
import org.twinworks.model.Connection;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.Plant;
import org.twinworks.model.Port;
import org.twinworks.model.PortDirection;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.persistence.PlantFiles;

/**
 * Synthetic plants and their diagrams for the benchmarks: areas of equipment laid out on a grid, random pipes
 * between nozzles (seeded, so every run draws the same picture), written to real files.
 */
final class BenchmarkDiagrams {
	static final DiagramDescription DESCRIPTION = description();

	private BenchmarkDiagrams() {
	}

	/** Writes {@code areas × perArea} equipment and {@code edges} connections, with a diagram showing all of it. */
	static Path write(Path folder, int areas, int perArea, int edges) throws IOException {
		ResourceSet set = PlantFiles.newResourceSet();
		Path modelFile = folder.resolve("bench-" + areas * perArea + ".twin");
		Resource model = PlantFiles.createResource(set, modelFile);
		Plant plant = TwinFactory.eINSTANCE.createPlant();
		plant.setName("Benchmark");
		model.getContents().add(plant);
		List<Equipment> all = new ArrayList<>();
		for (int a = 0; a < areas; a++) {
			Area area = TwinFactory.eINSTANCE.createArea();
			area.setName("Area " + a);
			plant.getAreas().add(area);
			for (int e = 0; e < perArea; e++) {
				Equipment equipment = TwinFactory.eINSTANCE.createEquipment();
				equipment.setKind(e % 4 == 3 ? EquipmentKind.TANK : EquipmentKind.PUMP);
				equipment.setTag("E-" + a + "-" + e);
				for (PortDirection d : List.of(PortDirection.IN, PortDirection.OUT)) {
					Port port = TwinFactory.eINSTANCE.createPort();
					port.setName(d.getName());
					port.setDirection(d);
					equipment.getPorts().add(port);
				}
				area.getEquipment().add(equipment);
				all.add(equipment);
			}
		}
		Random random = new Random(42);
		List<Connection> connections = new ArrayList<>();
		for (int i = 0; i < edges; i++) {
			int from = random.nextInt(all.size());
			// mostly near neighbours, as on a real P&ID, some long lines
			int to = random.nextInt(10) < 8
					? Math.min(all.size() - 1, from + 1 + random.nextInt(12))
					: random.nextInt(all.size());
			if (to == from) {
				to = (from + 1) % all.size();
			}
			Connection c = TwinFactory.eINSTANCE.createConnection();
			c.setSource(all.get(from).getPorts().get(1));
			c.setTarget(all.get(to).getPorts().get(0));
			connections.add(c);
		}
		plant.getConnections().addAll(connections);
		PlantFiles.save(model, modelFile);

		Path notationFile = NotationFiles.notationFileOf(modelFile);
		NotationResource notation = NotationFiles.createResource(NotationFiles.configure(set), notationFile);
		ResourceResolver resolver = new ResourceResolver(model);
		Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
		diagram.setName("Benchmark");
		diagram.setDescription(DESCRIPTION.id());
		diagram.setElement(resolver.idOf(plant));
		notation.getContents().add(diagram);
		DiagramSynchronizer sync = new DiagramSynchronizer(DESCRIPTION, resolver);
		int columns = (int) Math.ceil(Math.sqrt(areas));
		int perRow = (int) Math.ceil(Math.sqrt(perArea));
		int areaWidth = perRow * 110 + 40, areaHeight = perRow * 90 + 60;
		NodeMapping equipmentMapping = DESCRIPTION.nodeMapping("equipment").orElseThrow();
		for (int a = 0; a < areas; a++) {
			Node area = NotationCommands.node(resolver.idOf(plant.getAreas().get(a)), "area",
					(a % columns) * (areaWidth + 60), (a / columns) * (areaHeight + 60), areaWidth, areaHeight);
			diagram.getNodes().add(area);
			List<Equipment> equipment = plant.getAreas().get(a).getEquipment();
			for (int e = 0; e < equipment.size(); e++) {
				area.getChildren().add(sync.createNode(equipment.get(e), equipmentMapping, 30 + (e % perRow) * 110,
						50 + (e / perRow) * 90));
			}
		}
		diagram.getEdges().addAll(sync.missingEdges(diagram));
		NotationFiles.save(notation, notationFile);
		return modelFile;
	}

	static AdapterFactoryEditingDomain domain(ResourceSet set) {
		return new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(),
				set);
	}

	private static DiagramDescription description() {
		NodeMapping equipment = NodeMapping.builder("equipment").layer("process")
				.candidates(p -> ((Area) p).getEquipment()).symbol(SymbolLibrary.ROUNDED).size(50, 40)
				.labelText(e -> ((Equipment) e).getTag()).labelPosition(LabelPosition.BELOW)
				.port(new PortMapping("port", e -> ((Equipment) e).getPorts(),
						p -> ((Port) p).getDirection() == PortDirection.IN ? Side.WEST : Side.EAST, 8,
						StyleSpec.DEFAULT))
				.build();
		NodeMapping area = NodeMapping.builder("area").layer("process").candidates(p -> ((Plant) p).getAreas())
				.symbol(SymbolLibrary.CONTAINER).size(300, 200).labelText(e -> ((Area) e).getName())
				.labelPosition(LabelPosition.TOP_LEFT).child(equipment).build();
		EdgeMapping pipe = EdgeMapping.builder("pipe").layer("process").candidates(p -> ((Plant) p).getConnections())
				.ends(c -> ((Connection) c).getSource(), c -> ((Connection) c).getTarget())
				.style(StyleSpec.DEFAULT.withFill(null).withLineWidth(2)).arrow(true).build();
		return new DiagramDescription("bench", "Benchmark", Plant.class::isInstance,
				List.of(new Layer("process", "Process", true), new Layer("live", "Live", true)), List.of(area),
				List.of(pipe), "live");
	}
}
