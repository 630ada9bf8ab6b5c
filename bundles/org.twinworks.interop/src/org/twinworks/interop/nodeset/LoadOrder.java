// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Puts NodeSet2 files in the order their {@code <RequiredModel>}s ask for, taking from the search path only what is
 * required, and refuses a missing, too old or circular dependency naming the model and the file that needs it.
 */
final class LoadOrder {

	private LoadOrder() {
	}

	/**
	 * @param loaded the models the library already has, by URI
	 * @param files the files to load
	 * @param searchPath files to take a required model from when no file to load provides it
	 */
	static List<NodeSetFile> of(Map<String, NodeSetLibrary.LoadedModel> loaded, List<NodeSetFile> files,
			List<NodeSetFile> searchPath) throws NodeSetException {
		Map<String, NodeSetFile> providers = new LinkedHashMap<>();
		List<NodeSetFile> wanted = new ArrayList<>();
		for (NodeSetFile file : files) {
			if (alreadyLoaded(loaded, file)) {
				continue;
			}
			for (ModelInfo model : provided(file)) {
				NodeSetFile other = providers.putIfAbsent(model.modelUri(), file);
				if (other != null) {
					throw new NodeSetException(file.name(), model.line(), "model " + model.modelUri()
							+ " is also provided by " + other.name() + ": give one file per model");
				}
			}
			wanted.add(file);
		}
		Map<String, NodeSetFile> available = new HashMap<>();
		for (NodeSetFile file : searchPath) {
			for (ModelInfo model : provided(file)) {
				NodeSetFile best = available.get(model.modelUri());
				if (best == null || isNewer(model, modelOf(best, model.modelUri()))) {
					available.put(model.modelUri(), file);
				}
			}
		}
		// take from the search path what the wanted files need, transitively
		for (int i = 0; i < wanted.size(); i++) {
			for (ModelInfo required : requiredBy(wanted.get(i))) {
				String uri = required.modelUri();
				if (!loaded.containsKey(uri) && !providers.containsKey(uri) && available.containsKey(uri)) {
					NodeSetFile dependency = available.get(uri);
					for (ModelInfo model : provided(dependency)) {
						providers.putIfAbsent(model.modelUri(), dependency);
					}
					wanted.add(dependency);
				}
			}
		}
		return sorted(loaded, wanted, providers);
	}

	private static List<NodeSetFile> sorted(Map<String, NodeSetLibrary.LoadedModel> loaded, List<NodeSetFile> wanted,
			Map<String, NodeSetFile> providers) throws NodeSetException {
		Set<NodeSetFile> done = new LinkedHashSet<>();
		Set<NodeSetFile> visiting = new LinkedHashSet<>();
		for (NodeSetFile file : wanted) {
			visit(file, loaded, providers, done, visiting);
		}
		return new ArrayList<>(done);
	}

	private static void visit(NodeSetFile file, Map<String, NodeSetLibrary.LoadedModel> loaded,
			Map<String, NodeSetFile> providers, Set<NodeSetFile> done, Set<NodeSetFile> visiting)
			throws NodeSetException {
		if (done.contains(file)) {
			return;
		}
		if (!visiting.add(file)) {
			throw new NodeSetException(file.name(), provided(file).get(0).line(),
					"circular RequiredModels between " + visiting.stream().map(NodeSetFile::name).toList());
		}
		for (ModelInfo required : requiredBy(file)) {
			NodeSetLibrary.LoadedModel there = loaded.get(required.modelUri());
			if (there != null) {
				checkNotTooOld(file, required, there.model(), there.file());
				continue;
			}
			NodeSetFile provider = providers.get(required.modelUri());
			if (provider == null) {
				throw new NodeSetException(file.name(), required.line(), "requires the model " + required.describe()
						+ ", which no given file provides: add the NodeSet2 file of that model");
			}
			if (provider != file) {
				checkNotTooOld(file, required, modelOf(provider, required.modelUri()), provider.name());
				visit(provider, loaded, providers, done, visiting);
			}
		}
		visiting.remove(file);
		done.add(file);
	}

	private static void checkNotTooOld(NodeSetFile file, ModelInfo required, ModelInfo available, String where)
			throws NodeSetException {
		if (required.publicationDate() != null && available.publicationDate() != null
				&& available.publicationDate().isBefore(required.publicationDate())) {
			throw new NodeSetException(file.name(), required.line(), "requires the model " + required.describe()
					+ " or later, but " + where + " has " + available.describe() + ", which is older");
		}
	}

	private static boolean alreadyLoaded(Map<String, NodeSetLibrary.LoadedModel> loaded, NodeSetFile file)
			throws NodeSetException {
		List<ModelInfo> models = provided(file);
		boolean all = true;
		for (ModelInfo model : models) {
			NodeSetLibrary.LoadedModel there = loaded.get(model.modelUri());
			if (there == null) {
				all = false;
			} else if (isNewer(model, there.model())) {
				throw new NodeSetException(file.name(), model.line(),
						"model " + model.describe() + " is newer than the one already loaded from " + there.file()
								+ " (" + there.model().describe() + "); a loaded model cannot be replaced");
			}
		}
		return all;
	}

	private static boolean isNewer(ModelInfo model, ModelInfo than) {
		return model.publicationDate() != null && than.publicationDate() != null
				&& model.publicationDate().isAfter(than.publicationDate());
	}

	/** The models a file declares; a file without {@code <Models>} provides its first namespace. */
	static List<ModelInfo> provided(NodeSetFile file) throws NodeSetException {
		if (!file.models().isEmpty()) {
			return file.models();
		}
		if (file.namespaceUris().isEmpty()) {
			throw new NodeSetException(file.name(), 1, "declares neither <Models> nor <NamespaceUris>");
		}
		return List.of(new ModelInfo(file.namespaceUris().get(0), null, null, List.of(), 1));
	}

	/** Its RequiredModels; a file without {@code <Models>} requires the other namespaces it names. */
	private static List<ModelInfo> requiredBy(NodeSetFile file) {
		if (!file.models().isEmpty()) {
			List<ModelInfo> required = new ArrayList<>();
			file.models().forEach(m -> required.addAll(m.requiredModels()));
			return required;
		}
		List<ModelInfo> required = new ArrayList<>();
		required.add(new ModelInfo(StandardNodes.BASE_URI, null, null, List.of(), 1));
		for (String uri : file.namespaceUris().subList(1, file.namespaceUris().size())) {
			required.add(new ModelInfo(uri, null, null, List.of(), 1));
		}
		return required;
	}

	private static ModelInfo modelOf(NodeSetFile file, String uri) {
		for (ModelInfo model : file.models()) {
			if (model.modelUri().equals(uri)) {
				return model;
			}
		}
		return new ModelInfo(uri, null, null, List.of(), 1);
	}

	static @Nullable ModelInfo find(List<ModelInfo> models, String uri) {
		return models.stream().filter(m -> m.modelUri().equals(uri)).findFirst().orElse(null);
	}
}
