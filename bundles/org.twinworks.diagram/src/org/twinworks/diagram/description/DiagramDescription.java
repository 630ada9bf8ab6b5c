// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;

/**
 * What a kind of diagram shows, declared as data the renderer interprets (Sirius' representation description):
 * the root element it applies to, its layers, node, container, port and edge mappings, the layer that carries
 * live overlays, and how it is edited.
 */
public final class DiagramDescription {
	private final String id;
	private final String label;
	private final Predicate<EObject> appliesTo;
	private final List<Layer> layers;
	private final List<NodeMapping> nodeMappings;
	private final List<EdgeMapping> edgeMappings;
	private final String overlayLayer;
	private final DiagramEditing editing;
	private final Map<String, NodeMapping> nodeMappingsById = new LinkedHashMap<>();
	private final Map<String, PortMapping> portMappingsById = new LinkedHashMap<>();
	private final Map<String, EdgeMapping> edgeMappingsById = new LinkedHashMap<>();

	public DiagramDescription(String id, String label, Predicate<EObject> appliesTo, List<Layer> layers,
			List<NodeMapping> nodeMappings, List<EdgeMapping> edgeMappings, String overlayLayer) {
		this(id, label, appliesTo, layers, nodeMappings, edgeMappings, overlayLayer, DiagramEditing.VIEWS_ONLY);
	}

	public DiagramDescription(String id, String label, Predicate<EObject> appliesTo, List<Layer> layers,
			List<NodeMapping> nodeMappings, List<EdgeMapping> edgeMappings, String overlayLayer,
			DiagramEditing editing) {
		this.id = Objects.requireNonNull(id);
		this.label = label;
		this.appliesTo = appliesTo;
		this.layers = List.copyOf(layers);
		this.nodeMappings = List.copyOf(nodeMappings);
		this.edgeMappings = List.copyOf(edgeMappings);
		this.overlayLayer = overlayLayer;
		this.editing = Objects.requireNonNull(editing);
		nodeMappings.forEach(this::index);
		edgeMappings.forEach(m -> edgeMappingsById.put(m.id(), m));
	}

	private void index(NodeMapping mapping) {
		if (nodeMappingsById.put(mapping.id(), mapping) != null) {
			throw new IllegalArgumentException("two node mappings with id " + mapping.id());
		}
		mapping.ports().forEach(p -> portMappingsById.put(p.id(), p));
		mapping.children().forEach(this::index);
	}

	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	public boolean appliesTo(EObject root) {
		return appliesTo.test(root);
	}

	public List<Layer> layers() {
		return layers;
	}

	/** Top-level node mappings (their candidates come from the diagram's root element). */
	public List<NodeMapping> nodeMappings() {
		return nodeMappings;
	}

	/** Every node mapping, containers' children included, in declaration order. */
	public List<NodeMapping> allNodeMappings() {
		return new ArrayList<>(nodeMappingsById.values());
	}

	public List<EdgeMapping> edgeMappings() {
		return edgeMappings;
	}

	public Optional<NodeMapping> nodeMapping(String mappingId) {
		return Optional.ofNullable(nodeMappingsById.get(mappingId));
	}

	public Optional<PortMapping> portMapping(String mappingId) {
		return Optional.ofNullable(portMappingsById.get(mappingId));
	}

	public Optional<EdgeMapping> edgeMapping(String mappingId) {
		return Optional.ofNullable(edgeMappingsById.get(mappingId));
	}

	/** The layer live overlays belong to, or null when the diagram has none. */
	public String overlayLayer() {
		return overlayLayer;
	}

	/** How diagrams of this kind are edited. */
	public DiagramEditing editing() {
		return editing;
	}
}
