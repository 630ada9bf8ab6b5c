// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.twinworks.diagram.geometry.Point;
import org.twinworks.diagram.geometry.Bounds;
import org.twinworks.diagram.description.DiagramDescription;
import org.twinworks.diagram.description.NodeMapping;
import org.twinworks.diagram.description.ResourceResolver;
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
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.TestPlant;
import org.twinworks.pid.PlantDiagramDescription;

/**
 * The live UI benchmark's plant on disk: a synthetic plant with exactly {@code signals} bound Double signals and a
 * P&ID of its first areas (1,000 pieces of equipment each), arranged by ELK; and the virtual plant serving it in
 * counting mode, so every value changes every tick.
 */
final class LiveUiPlant {
	static final int SIGNALS = 20_000;
	static final int DIAGRAM_AREAS = 2;
	static final Duration TICK = Duration.ofMillis(100);

	private LiveUiPlant() {
	}

	/** Writes {@code <name>.twin} and its diagram file into the project; returns the model file. */
	static IFile write(IProject project, String name) throws IOException, CoreException {
		IFile file = project.getFile(name + ".twin");
		Path location = file.getLocation().toPath();
		ResourceSet set = PlantFiles.newResourceSet();
		Resource model = PlantFiles.createResource(set, location);
		Plant plant = SyntheticPlants.create(SIGNALS * 5, 7);
		model.getContents().add(plant);
		bindExactly(plant, SIGNALS);
		PlantFiles.save(model, location);
		writeDiagram(set, model, plant, location);
		project.refreshLocal(IResource.DEPTH_ONE, null);
		return file;
	}

	/**
	 * Security None in lab mode (the benchmark measures the UI, and LiveBenchmark's figures are in lab mode too);
	 * sampling at the tick, so a 10 Hz value is sampled at 10 Hz.
	 */
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

	/** The overview's containers and symbols for the first areas only, arranged as the Arrange All action does. */
	private static void writeDiagram(ResourceSet set, Resource model, Plant plant, Path modelFile) throws IOException {
		Path file = NotationFiles.notationFileOf(modelFile);
		NotationResource notation = NotationFiles.createResource(NotationFiles.configure(set), file);
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(),
				new BasicCommandStack(), set);
		ResourceResolver resolver = new ResourceResolver(model);
		DiagramDescription description = PlantDiagramDescription.get();
		DiagramSynchronizer sync = new DiagramSynchronizer(description, resolver);
		Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
		diagram.setName("First " + DIAGRAM_AREAS + " areas");
		diagram.setDescription(PlantDiagramDescription.ID);
		diagram.setElement(resolver.idOf(plant));
		description.layers().stream().filter(l -> !l.visibleByDefault())
				.forEach(l -> diagram.getHiddenLayers().add(l.id()));
		notation.getContents().add(diagram);
		execute(domain,
				sync.show(domain, diagram, null, plant.getAreas().subList(0, DIAGRAM_AREAS), new Point(20, 20)));
		// nested levels (work centre, unit, equipment): only inside the containers already shown
		for (int level = 0; level < 4; level++) {
			Map<NodeMapping, List<EObject>> missing = sync.missingNodes(diagram);
			for (NodeMapping mapping : missing.keySet()) {
				if (!description.nodeMappings().contains(mapping)) {
					execute(domain, sync.showAll(domain, diagram, mapping, Bounds.EMPTY));
				}
			}
		}
		diagram.getEdges().addAll(sync.missingEdges(diagram));
		execute(domain, ElkArranger.arrangeAll(domain, diagram, description));
		NotationFiles.save(notation, file);
	}

	private static void execute(AdapterFactoryEditingDomain domain, Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	/** The virtual plant for the saved file on 127.0.0.1, any free port; trusts the workbench's certificate. */
	static VirtualPlant serve(Path modelFile, Path simDirectory, Path clientPki) throws IOException {
		Plant served = PlantFiles.load(PlantFiles.newResourceSet(), modelFile).plant();
		return TestPlant.in(simDirectory).serving(() -> served).trustClientOf(clientPki)
				.configure(config -> config.labMode(true).countingValues(true).tickInterval(TICK)).start();
	}
}
