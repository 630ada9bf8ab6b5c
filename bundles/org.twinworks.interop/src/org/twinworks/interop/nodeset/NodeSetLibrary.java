// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * OPC UA information models loaded together: one namespace table, every node by id, references in both directions.
 * Immutable: {@link #load} returns a new library and leaves this one as it was, so a file that fails adds nothing.
 * {@link #base()} (the built-in {@code Opc.Ua.NodeSet2.xml}) is read once per JVM and shared.
 */
public final class NodeSetLibrary {

	/** A model in the library and the file it came from. */
	public record LoadedModel(ModelInfo model, String file) {
	}

	private static final String BASE_RESOURCE = "nodesets/Opc.Ua.NodeSet2.xml";
	private static volatile @Nullable NodeSetLibrary base;

	private final List<String> namespaces;
	private final Map<String, Integer> namespaceIndex = new HashMap<>();
	private final Map<UaNodeId, UaNode> nodes;
	private final Map<UaNodeId, List<UaReference>> references;
	private final Map<String, LoadedModel> models;
	private final Set<UaNodeId> hierarchical = new HashSet<>();
	private final Map<UaNodeId, UaNodeId> supertypes = new HashMap<>();

	NodeSetLibrary(List<String> namespaces, Map<UaNodeId, UaNode> nodes, Map<UaNodeId, List<UaReference>> references,
			Map<String, LoadedModel> models) {
		this.namespaces = List.copyOf(namespaces);
		for (int i = 0; i < namespaces.size(); i++) {
			namespaceIndex.put(namespaces.get(i), i);
		}
		this.nodes = nodes;
		this.references = references;
		this.models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
		// a type node's list holds every instance's inverse HasTypeDefinition: index the supertypes apart
		for (Map.Entry<UaNodeId, List<UaReference>> entry : references.entrySet()) {
			for (UaReference reference : entry.getValue()) {
				if (!reference.forward() && reference.type().equals(StandardNodes.HAS_SUBTYPE)) {
					supertypes.put(entry.getKey(), reference.target());
				}
			}
		}
		hierarchical.add(StandardNodes.HIERARCHICAL_REFERENCES);
		hierarchical.addAll(allSubtypes(StandardNodes.HIERARCHICAL_REFERENCES));
	}

	/** The base namespace alone, read from the bundle's {@code nodesets/} folder the first time it is asked for. */
	public static NodeSetLibrary base() throws NodeSetException {
		NodeSetLibrary loaded = base;
		if (loaded == null) {
			synchronized (NodeSetLibrary.class) {
				loaded = base;
				if (loaded == null) {
					loaded = readBase();
					base = loaded;
				}
			}
		}
		return loaded;
	}

	private static NodeSetLibrary readBase() throws NodeSetException {
		try (InputStream in = BundleFiles.open(BASE_RESOURCE)) {
			NodeSetFile file = new NodeSetReader().read(in, "Opc.Ua.NodeSet2.xml (built in)");
			LibraryBuilder builder = new LibraryBuilder(List.of(StandardNodes.BASE_URI), Map.of(), Map.of(), Map.of());
			builder.add(List.of(file));
			return builder.build();
		} catch (IOException e) {
			throw new NodeSetException(BASE_RESOURCE, 0, 0, "the built-in base model cannot be read", e);
		}
	}

	/** The base model plus the given files and folders (see {@link #load(List, List)}). */
	public static NodeSetLibrary of(List<Path> filesOrFolders) throws NodeSetException {
		return base().load(filesOrFolders, List.of());
	}

	/**
	 * A new library holding this one plus the given files in dependency order.
	 *
	 * @param filesOrFolders NodeSet2 files, or folders searched for {@code *.xml} files; every one is loaded
	 * @param searchPath files and folders to take a RequiredModel from when no given file provides it
	 * @throws NodeSetException naming the file and line of the first problem; nothing is loaded then
	 */
	public NodeSetLibrary load(List<Path> filesOrFolders, List<Path> searchPath) throws NodeSetException {
		return loadFiles(readAll(filesOrFolders), readAll(searchPath));
	}

	/** As {@link #load(List, List)} for files already read. */
	public NodeSetLibrary loadFiles(List<NodeSetFile> files, List<NodeSetFile> searchPath) throws NodeSetException {
		List<NodeSetFile> ordered = LoadOrder.of(models, files, searchPath);
		LibraryBuilder builder = new LibraryBuilder(namespaces, nodes, references, models);
		builder.add(ordered);
		return builder.build();
	}

	/** Reads every NodeSet2 file of the given files and folders (folders: their {@code *.xml}, sorted by path). */
	public static List<NodeSetFile> readAll(List<Path> filesOrFolders) throws NodeSetException {
		NodeSetReader reader = new NodeSetReader();
		List<NodeSetFile> files = new ArrayList<>();
		for (Path path : expand(filesOrFolders)) {
			files.add(reader.read(path));
		}
		return files;
	}

	private static List<Path> expand(List<Path> filesOrFolders) throws NodeSetException {
		List<Path> files = new ArrayList<>();
		for (Path path : filesOrFolders) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(
							p -> Files.isRegularFile(p) && p.getFileName().toString().toLowerCase().endsWith(".xml"))
							.sorted().forEach(files::add);
				} catch (IOException e) {
					throw new NodeSetException(path.toString(), 0, 0, "cannot list the folder: " + e.getMessage(), e);
				}
			} else if (Files.isRegularFile(path)) {
				files.add(path);
			} else {
				throw new NodeSetException(path.toString(), 0, "no such file or folder");
			}
		}
		return files;
	}

	// --- what is in it

	/** The namespace table: index 0 is the base namespace. */
	public List<String> namespaces() {
		return namespaces;
	}

	public String namespaceUri(int index) {
		return namespaces.get(index);
	}

	/** The index of a namespace URI, or -1. */
	public int namespaceIndex(String uri) {
		Integer index = namespaceIndex.get(uri);
		return index == null ? -1 : index;
	}

	/** The models loaded, by URI, in load order. */
	public Map<String, LoadedModel> models() {
		return models;
	}

	public @Nullable UaNode node(UaNodeId id) {
		return nodes.get(id);
	}

	/** A node by its {@code nsu=<uri>;i=…} form, or null. */
	public @Nullable UaNode node(String nsu) {
		int separator = nsu.startsWith("nsu=") ? separator(nsu) : -1;
		if (separator < 0) {
			return null;
		}
		int index = namespaceIndex(nsu.substring(4, separator));
		return index < 0 ? null : nodes.get(new UaNodeId(index, nsu.substring(separator + 1)));
	}

	public Collection<UaNode> nodes() {
		return Collections.unmodifiableCollection(nodes.values());
	}

	/** The nodes of one namespace, in no particular order. */
	public List<UaNode> nodesOf(String namespaceUri) {
		int index = namespaceIndex(namespaceUri);
		return nodes.values().stream().filter(n -> n.nodeId().namespace() == index).toList();
	}

	/** The {@code nsu=<uri>;<id>} form bindings and source identities use. */
	public String nsu(UaNodeId id) {
		return "nsu=" + namespaces.get(id.namespace()) + ";" + id.identifier();
	}

	/** Every reference of a node, forward and inverse. */
	public List<UaReference> references(UaNodeId id) {
		List<UaReference> list = references.get(id);
		return list == null ? List.of() : Collections.unmodifiableList(list);
	}

	/** The targets of a node's forward references of the given type or one of its subtypes. */
	public List<UaNode> targets(UaNodeId id, UaNodeId referenceType, boolean forward) {
		List<UaNode> found = new ArrayList<>();
		for (UaReference reference : references(id)) {
			if (reference.forward() == forward && isSubtypeOf(reference.type(), referenceType)) {
				found.add(nodes.get(reference.target()));
			}
		}
		return found;
	}

	/** Forward hierarchical references other than HasSubtype: the children a browser shows. */
	public List<UaReference> children(UaNodeId id) {
		List<UaReference> found = new ArrayList<>();
		for (UaReference reference : references(id)) {
			if (reference.forward() && isHierarchical(reference.type())
					&& !reference.type().equals(StandardNodes.HAS_SUBTYPE)) {
				found.add(reference);
			}
		}
		return found;
	}

	public boolean isHierarchical(UaNodeId referenceType) {
		return hierarchical.contains(referenceType);
	}

	/** The supertype (inverse HasSubtype), or null for a root type. */
	public @Nullable UaNodeId supertype(UaNodeId type) {
		return supertypes.get(type);
	}

	/** The direct subtypes. */
	public List<UaNodeId> subtypes(UaNodeId type) {
		List<UaNodeId> found = new ArrayList<>();
		for (UaReference reference : references(type)) {
			if (reference.forward() && reference.type().equals(StandardNodes.HAS_SUBTYPE)) {
				found.add(reference.target());
			}
		}
		return found;
	}

	/** True when {@code type} is {@code ancestor} or one of its subtypes, at any depth. */
	public boolean isSubtypeOf(UaNodeId type, UaNodeId ancestor) {
		UaNodeId current = type;
		for (int guard = 0; current != null && guard < 1000; guard++) {
			if (current.equals(ancestor)) {
				return true;
			}
			current = supertype(current);
		}
		return false;
	}

	/** The chain from the type itself up to its root type. */
	public List<UaNodeId> supertypeChain(UaNodeId type) {
		List<UaNodeId> chain = new ArrayList<>();
		for (UaNodeId current = type; current != null && chain.size() < 1000; current = supertype(current)) {
			chain.add(current);
		}
		return chain;
	}

	private Set<UaNodeId> allSubtypes(UaNodeId type) {
		Set<UaNodeId> found = new HashSet<>();
		List<UaNodeId> unvisited = new ArrayList<>(List.of(type));
		while (!unvisited.isEmpty()) {
			for (UaNodeId subtype : subtypes(unvisited.remove(unvisited.size() - 1))) {
				if (found.add(subtype)) {
					unvisited.add(subtype);
				}
			}
		}
		return found;
	}

	public @Nullable UaNodeId typeDefinition(UaNodeId instance) {
		for (UaReference reference : references(instance)) {
			if (reference.forward() && reference.type().equals(StandardNodes.HAS_TYPE_DEFINITION)) {
				return reference.target();
			}
		}
		return null;
	}

	/** The browse name of the node's modelling rule (Mandatory, Optional…), or null for an instance. */
	public @Nullable String modellingRule(UaNodeId node) {
		for (UaReference reference : references(node)) {
			if (reference.forward() && reference.type().equals(StandardNodes.HAS_MODELLING_RULE)) {
				UaNode rule = nodes.get(reference.target());
				return rule == null ? null : rule.browseName();
			}
		}
		return null;
	}

	/**
	 * The instance declarations of a type, its supertypes' included (a subtype's declaration overrides its
	 * supertype's of the same browse path), nested ones with their browse path; in declaration order, supertypes first.
	 */
	public List<InstanceDeclaration> instanceDeclarations(UaNodeId type) {
		Map<String, InstanceDeclaration> byPath = new LinkedHashMap<>();
		List<UaNodeId> chain = supertypeChain(type);
		for (int i = chain.size() - 1; i >= 0; i--) {
			collectDeclarations(chain.get(i), chain.get(i), "", byPath, 0);
		}
		return List.copyOf(byPath.values());
	}

	private void collectDeclarations(UaNodeId declaringType, UaNodeId parent, String prefix,
			Map<String, InstanceDeclaration> into, int depth) {
		if (depth > 32) {
			return;
		}
		for (UaReference child : children(parent)) {
			UaNode node = nodes.get(child.target());
			String rule = modellingRule(child.target());
			if (node == null || rule == null) {
				continue;
			}
			String path = prefix + node.browseName();
			into.put(path, new InstanceDeclaration(path, node, child.type(), rule, declaringType));
			collectDeclarations(declaringType, node.nodeId(), path + "/", into, depth + 1);
		}
	}

	/** A variable's {@code EURange} property value, or null. */
	public UaValue.@Nullable Range euRange(UaNodeId variable) {
		return property(variable, "EURange") instanceof UaValue.Range range ? range : null;
	}

	/** A variable's {@code EngineeringUnits} property value, or null. */
	public UaValue.@Nullable EuInformation engineeringUnits(UaNodeId variable) {
		return property(variable, "EngineeringUnits") instanceof UaValue.EuInformation eu ? eu : null;
	}

	/** A variable's {@code EnumStrings} (an enumeration's states by value), or null. */
	public java.util.@Nullable List<String> enumStrings(UaNodeId variable) {
		return property(variable, "EnumStrings") instanceof UaValue.TextList list ? list.texts() : null;
	}

	private @Nullable UaValue property(UaNodeId node, String browseName) {
		for (UaReference reference : references(node)) {
			if (reference.forward() && reference.type().equals(StandardNodes.HAS_PROPERTY)) {
				UaNode property = nodes.get(reference.target());
				if (property != null && property.browseNamespace() == 0 && browseName.equals(property.browseName())) {
					return property.value();
				}
			}
		}
		return null;
	}

	private static int separator(String text) {
		for (int i = 4; i + 2 < text.length(); i++) {
			if (text.charAt(i) == ';' && "isgb".indexOf(text.charAt(i + 1)) >= 0 && text.charAt(i + 2) == '=') {
				return i;
			}
		}
		return -1;
	}
}
