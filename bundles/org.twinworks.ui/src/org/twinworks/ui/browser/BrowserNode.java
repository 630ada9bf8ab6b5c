package org.twinworks.ui.browser;

import org.twinworks.live.BrowsedNode;
import org.twinworks.live.binding.BindableNode;
import org.twinworks.model.Endpoint;
import org.twinworks.ui.live.EndpointConnection;

/**
 * A node of the OPC UA browser's tree, and what a drag from it carries: the browsed node and the model endpoint
 * whose server it came from, so a drop knows which endpoint to bind to.
 *
 * @param path the browse names from the Objects folder down to the node, separated by {@code /}
 */
public record BrowserNode(EndpointConnection connection, BrowsedNode node, String path) implements BindableNode {

	@Override
	public Endpoint endpoint() {
		return connection.endpoint();
	}

	/** A variable a signal can be bound to: properties (EURange, EngineeringUnits...) describe one, they are not one. */
	public boolean bindable() {
		return node.isVariable() && !node.isProperty();
	}

	BrowserNode child(BrowsedNode child) {
		return new BrowserNode(connection, child, path.isEmpty() ? child.browseName() : path + "/" + child.browseName());
	}
}
