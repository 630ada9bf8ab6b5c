// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.twinworks.diagram.description.DiagramDescription;
import org.twinworks.diagram.description.NodeMapping;
import org.twinworks.diagram.description.ResourceResolver;
import org.twinworks.diagram.geometry.Bounds;
import org.twinworks.diagram.geometry.Point;
import org.twinworks.diagram.layout.ElkArranger;
import org.twinworks.diagram.notation.Diagram;
import org.twinworks.diagram.notation.NotationFactory;
import org.twinworks.diagram.persistence.NotationFiles;
import org.twinworks.diagram.persistence.NotationResource;
import org.twinworks.diagram.sync.DiagramSynchronizer;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.model.SecurityModeKind;
import org.twinworks.model.SecurityPolicyKind;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.demo.SyntheticPlants;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.pid.PlantDiagramDescription;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * The benchmarks' plants on disk: a synthetic plant (1,000 pieces of equipment an area) with a P&ID of its first areas
 * arranged by ELK, optionally with exactly {@code n} bound Double signals served by the virtual plant in counting mode
 * (every value changes every tick), as ui.live's benchmark serves them.
 */
public final class BenchmarkPlant {
	/** The virtual plant's tick, and every binding's sampling interval. */
	public static final Duration TICK = Duration.ofMillis(100);

	private BenchmarkPlant() {
	}

	/** The workspace project the benchmarks write into. */
	public static IProject project() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("benchmarks");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		return project;
	}

	/**
	 * Writes {@code <name>.twin} of {@code elements} synthetic elements and a diagram of its first {@code areas} areas;
	 * when {@code boundSignals} is positive, exactly that many bindings are active (Double, sampled at the tick, security
	 * None in lab mode).
	 */
	public static IFile write(IProject project, String name, int elements, long seed, int areas, int boundSignals)
			throws IOException, CoreException {
		IFile file = project.getFile(name + ".twin");
		Path location = file.getLocation().toPath();
		ResourceSet set = PlantFiles.newResourceSet();
		Resource model = PlantFiles.createResource(set, location);
		Plant plant = SyntheticPlants.create(elements, seed);
		model.getContents().add(plant);
		if (boundSignals > 0) {
			bindExactly(plant, boundSignals);
		}
		PlantFiles.save(model, location);
		writeDiagram(set, model, plant, location, areas);
		project.refreshLocal(IResource.DEPTH_ONE, null);
		return file;
	}

	private static void bindExactly(Plant plant, int signals) {
		List<Binding> all = plant.getTwin().getBindings();
		if (all.size() < signals) {
			throw new IllegalStateException("only " + all.size() + " bindings");
		}
		for (int i = 0; i < all.size(); i++) {
			Binding binding = all.get(i);
			binding.setActive(i < signals);
			binding.setSamplingInterval((double) TICK.toMillis());
			binding.setQueueSize(10);
			// counting mode serves numbers; a Boolean signal would carry a counter it cannot hold
			binding.getSignal().setDataType(SignalDataType.DOUBLE);
		}
		Endpoint endpoint = plant.getTwin().getEndpoints().get(0);
		endpoint.setSecurityPolicy(SecurityPolicyKind.NONE);
		endpoint.setSecurityMode(SecurityModeKind.NONE);
		endpoint.setLabMode(true);
	}

	/** The overview's containers and symbols of the first areas only, arranged as the Arrange All action does. */
	private static void writeDiagram(ResourceSet set, Resource model, Plant plant, Path modelFile, int areas)
			throws IOException {
		Path diagramFile = NotationFiles.notationFileOf(modelFile);
		NotationResource notation = NotationFiles.createResource(NotationFiles.configure(set), diagramFile);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
				new BasicCommandStack(), set);
		ResourceResolver resolver = new ResourceResolver(model);
		DiagramDescription description = PlantDiagramDescription.get();
		DiagramSynchronizer sync = new DiagramSynchronizer(description, resolver);
		Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
		diagram.setName("First " + areas + " areas");
		diagram.setDescription(PlantDiagramDescription.ID);
		diagram.setElement(resolver.idOf(plant));
		description.layers().stream().filter(l -> !l.visibleByDefault())
				.forEach(l -> diagram.getHiddenLayers().add(l.id()));
		notation.getContents().add(diagram);
		int shown = Math.min(areas, plant.getAreas().size());
		execute(domain, sync.show(domain, diagram, null, plant.getAreas().subList(0, shown), new Point(20, 20)));
		for (int level = 0; level < 4; level++) { // work centres, units, equipment: inside what is shown
			Map<NodeMapping, List<EObject>> missing = sync.missingNodes(diagram);
			for (NodeMapping mapping : missing.keySet()) {
				if (!description.nodeMappings().contains(mapping)) {
					execute(domain, sync.showAll(domain, diagram, mapping, Bounds.EMPTY));
				}
			}
		}
		diagram.getEdges().addAll(sync.missingEdges(diagram));
		execute(domain, ElkArranger.arrangeAll(domain, diagram, description));
		NotationFiles.save(notation, diagramFile);
	}

	private static void execute(AdapterFactoryEditingDomain domain, Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	/** The virtual plant for the saved file on 127.0.0.1, any free port, counting; trusts the workbench's certificate. */
	public static VirtualPlant serve(Path modelFile, Path simDirectory, Path clientPki) throws IOException {
		Plant served = PlantFiles.load(PlantFiles.newResourceSet(), modelFile).plant();
		return TestPlant.in(simDirectory).serving(() -> served).trustClientOf(clientPki)
				.configure(config -> config.labMode(true).countingValues(true).tickInterval(TICK)).start();
	}
}
