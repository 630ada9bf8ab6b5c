// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import org.jspecify.annotations.Nullable;

/**
 * One node met while browsing a server's address space, as a tree view or the browse command shows it.
 *
 * @param nodeId        in the model's form, {@code nsu=<namespace URI>;s=...}, ready to bind
 * @param namespaceUri  the URI of the node's namespace
 * @param browseName    the name part of its BrowseName
 * @param displayName   its DisplayName text
 * @param nodeClass     Object, Variable, Method, ObjectType, ...
 * @param dataType      a variable's DataType name (Double, Int32, ...), null for other node classes
 * @param referenceType how its parent refers to it (Organizes, HasComponent, HasProperty...), null if unknown
 * @param typeDefinition the node id ({@code nsu=} form) of an object's or variable's type definition (FolderType,
 *            AnalogItemType, a vendor's own type...), null if the server gave none
 */
public record BrowsedNode(String nodeId, String namespaceUri, String browseName, String displayName, String nodeClass,
		@Nullable String dataType, @Nullable String referenceType, @Nullable String typeDefinition) {

	/** A node whose type definition is unknown. */
	public BrowsedNode(String nodeId, String namespaceUri, String browseName, String displayName, String nodeClass,
			@Nullable String dataType, @Nullable String referenceType) {
		this(nodeId, namespaceUri, browseName, displayName, nodeClass, dataType, referenceType, null);
	}

	/** A node whose reference from its parent is unknown. */
	public BrowsedNode(String nodeId, String namespaceUri, String browseName, String displayName, String nodeClass,
			@Nullable String dataType) {
		this(nodeId, namespaceUri, browseName, displayName, nodeClass, dataType, null, null);
	}

	public boolean isObject() {
		return "Object".equals(nodeClass);
	}

	public boolean isVariable() {
		return "Variable".equals(nodeClass);
	}

	/** A property (EURange, EngineeringUnits...) of its parent: properties have no properties of their own. */
	public boolean isProperty() {
		return "HasProperty".equals(referenceType);
	}
}
