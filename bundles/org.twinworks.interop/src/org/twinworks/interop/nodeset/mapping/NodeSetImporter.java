// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset.mapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.interop.nodeset.ModelInfo;
import org.twinworks.interop.nodeset.NodeSetException;
import org.twinworks.interop.nodeset.NodeSetFile;
import org.twinworks.interop.nodeset.NodeSetLibrary;
import org.twinworks.interop.nodeset.UaNode;
import org.twinworks.interop.nodeset.UaNodeClass;
import org.twinworks.interop.nodeset.UaNodeId;
import org.twinworks.model.Plant;
import org.twinworks.model.TwinFactory;

/**
 * NodeSet2 files to an {@link ImportDraft}: the files are loaded on the built-in base model (with their
 * RequiredModels from the files themselves or the options' search path), then the models they provide are mapped.
 */
public final class NodeSetImporter {

	private NodeSetImporter() {
	}

	/**
	 * @param filesOrFolders the NodeSet2 files to import (folders: every {@code *.xml} in them)
	 * @throws NodeSetException naming the file and line of the first problem; nothing is read then
	 */
	public static ImportDraft read(List<Path> filesOrFolders, NodeSetImportOptions options) throws NodeSetException {
		List<NodeSetFile> files = NodeSetLibrary.readAll(filesOrFolders);
		NodeSetLibrary library = NodeSetLibrary.base().loadFiles(files, NodeSetLibrary.readAll(options.searchPath()));
		Set<String> models = new LinkedHashSet<>();
		for (NodeSetFile file : files) {
			file.models().forEach(m -> models.add(m.modelUri()));
			if (file.models().isEmpty() && !file.namespaceUris().isEmpty()) {
				models.add(file.namespaceUris().get(0));
			}
		}
		String source = String.join(", ", filesOrFolders.stream().map(p -> String.valueOf(p.getFileName())).toList());
		return map(library, models, options, source);
	}

	/**
	 * The draft of some models of a library.
	 *
	 * @param modelUris the models whose types and objects are imported (the others only explain them)
	 * @param source a name for the source in messages
	 */
	public static ImportDraft map(NodeSetLibrary library, Collection<String> modelUris, NodeSetImportOptions options,
			String source) {
		Set<Integer> namespaces = new HashSet<>();
		for (String uri : modelUris) {
			int index = library.namespaceIndex(uri);
			if (index > 0) {
				namespaces.add(index);
			}
		}
		Plant plant = TwinFactory.eINSTANCE.createPlant();
		plant.setTwin(TwinFactory.eINSTANCE.createTwin());
		List<String> warnings = new ArrayList<>();
		DraftSignals signals = new DraftSignals(library, plant);
		DraftTypes types = new DraftTypes(library, plant, signals);
		types.mapImported(namespaces, instantiatedTypes(library, namespaces));
		if (!options.typesOnly()) {
			new DraftHierarchy(library, namespaces, plant, types, signals, warnings).map();
		}
		String scope = scope(library, modelUris);
		if (scope.endsWith(";")) {
			// the plant's own model names its namespace: a plant that has none takes it (the merger never replaces one)
			plant.setNamespaceUri(scope.substring("opcua:nsu=".length(), scope.length() - 1));
		}
		return new ImportDraft(plant, scope, source, warnings);
	}

	/** Object types that imported objects (not instance declarations) have as type definition. */
	private static Set<UaNodeId> instantiatedTypes(NodeSetLibrary library, Set<Integer> namespaces) {
		Set<UaNodeId> used = new HashSet<>();
		for (UaNode node : library.nodes()) {
			if (node.nodeClass() == UaNodeClass.OBJECT && namespaces.contains(node.nodeId().namespace())
					&& library.modellingRule(node.nodeId()) == null) {
				UaNodeId type = library.typeDefinition(node.nodeId());
				if (type != null) {
					used.add(type);
				}
			}
		}
		return used;
	}

	/** The model no other imported model requires (the plant's own); its namespace is what the draft owns. */
	private static String scope(NodeSetLibrary library, Collection<String> modelUris) {
		Set<String> required = new HashSet<>();
		for (String uri : modelUris) {
			NodeSetLibrary.LoadedModel loaded = library.models().get(uri);
			if (loaded != null) {
				loaded.model().requiredModels().stream().map(ModelInfo::modelUri).forEach(required::add);
			}
		}
		List<String> tops = modelUris.stream().filter(uri -> !required.contains(uri)).toList();
		if (modelUris.isEmpty()) {
			return "opcua:nsu=";
		}
		// several unrelated models: the last one given is taken as the plant's own
		return "opcua:nsu=" + (tops.isEmpty() ? List.copyOf(modelUris) : tops).getLast() + ";";
	}
}
