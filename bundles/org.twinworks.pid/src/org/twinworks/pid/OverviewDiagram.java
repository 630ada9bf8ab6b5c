// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.pid;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.twinworks.diagram.geometry.Bounds;
import org.twinworks.diagram.commands.DeferredCommand;
import org.twinworks.diagram.description.NodeMapping;
import org.twinworks.diagram.description.ResourceResolver;
import org.twinworks.diagram.description.SemanticResolver;
import org.twinworks.diagram.layout.ElkArranger;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.NotationFactory;
import org.twinworks.diagram.persistence.NotationFiles;
import org.twinworks.diagram.persistence.NotationResource;
import org.twinworks.diagram.sync.DiagramSynchronizer;
import org.twinworks.model.Plant;

/**
 * The default diagram of a plant: every area, work centre, unit and piece of equipment shown, every connection
 * and loop drawn, arranged by ELK. One undoable command; also what the demo plant ships with.
 */
public final class OverviewDiagram {
	public static final String NAME = "Overview";
	/** Containers nest area > work centre > unit: one pass per level, plus one for safety. */
	private static final int LEVELS = 5;

	private OverviewDiagram() {
	}

	public static Command create(EditingDomain domain, Plant plant, Resource notation, String name) {
		SemanticResolver resolver = new ResourceResolver(plant.eResource());
		DiagramSynchronizer sync = new DiagramSynchronizer(PlantDiagramDescription.get(), resolver);
		Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
		diagram.setName(name);
		diagram.setDescription(PlantDiagramDescription.ID);
		diagram.setElement(resolver.idOf(plant));
		PlantDiagramDescription.get().layers().stream().filter(l -> !l.visibleByDefault())
				.forEach(l -> diagram.getHiddenLayers().add(l.id()));
		CompoundCommand create = new CompoundCommand("Create Diagram " + name);
		create.append(new AddCommand(domain, notation.getContents(), diagram));
		create.append(new DeferredCommand("Show All", () -> showEverything(domain, diagram, sync)));
		create.append(new DeferredCommand("Show Connections", () -> {
			var edges = sync.missingEdges(diagram);
			return edges.isEmpty()
					? null
					: org.twinworks.diagram.commands.NotationCommands.addEdges(domain, diagram, edges);
		}));
		create.append(new DeferredCommand("Arrange",
				() -> ElkArranger.arrangeAll(domain, diagram, PlantDiagramDescription.get())));
		return create;
	}

	private static Command showEverything(EditingDomain domain, Diagram diagram, DiagramSynchronizer sync) {
		CompoundCommand all = new CompoundCommand("Show All");
		for (int level = 0; level < LEVELS; level++) {
			all.append(new DeferredCommand("Show Level", () -> {
				Map<NodeMapping, List<EObject>> missing = sync.missingNodes(diagram);
				if (missing.isEmpty()) {
					return null;
				}
				CompoundCommand show = new CompoundCommand("Show");
				for (NodeMapping mapping : missing.keySet()) {
					Command c = sync.showAll(domain, diagram, mapping, Bounds.EMPTY);
					if (c.canExecute()) {
						show.append(c);
					}
				}
				return show.isEmpty() ? null : show;
			}));
		}
		return all;
	}

	/** Writes the overview diagram of a plant to the notation file beside its model (demo, headless). */
	public static void write(Plant plant, Path modelFile) throws java.io.IOException {
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
				new BasicCommandStack(), plant.eResource().getResourceSet());
		Path file = NotationFiles.notationFileOf(modelFile);
		NotationResource notation = NotationFiles
				.createResource(NotationFiles.configure(plant.eResource().getResourceSet()), file);
		domain.getCommandStack().execute(create(domain, plant, notation, NAME));
		NotationFiles.save(notation, file);
	}
}
