package org.twinworks.live;

/**
 * One node met while browsing a server's address space, as a tree view or the browse command shows it.
 *
 * @param nodeId       in the model's form, {@code nsu=<namespace URI>;s=...}, ready to bind
 * @param namespaceUri the URI of the node's namespace
 * @param browseName   the name part of its BrowseName
 * @param displayName  its DisplayName text
 * @param nodeClass    Object, Variable, Method, ObjectType, ...
 * @param dataType     a variable's DataType name (Double, Int32, ...), null for other node classes
 */
public record BrowsedNode(String nodeId, String namespaceUri, String browseName, String displayName,
		String nodeClass, String dataType) {

	public boolean isVariable() {
		return "Variable".equals(nodeClass);
	}
}
