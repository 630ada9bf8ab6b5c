// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.browser;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.twinworks.live.BrowsedNode;
import org.twinworks.live.binding.BindableNode;
import org.twinworks.model.Endpoint;
import org.twinworks.ui.dnd.BindingDrop;
import org.twinworks.ui.live.EndpointConnection;

/**
 * A node of the OPC UA browser's tree, and what a drag from it carries: the browsed node and the model endpoint
 * whose server it came from, so a drop knows which endpoint to bind to.
 *
 * @param path the browse names from the Objects folder down to the node, separated by {@code /}
 */
public record BrowserNode(EndpointConnection connection, BrowsedNode node,
		String path) implements BindableNode, BindingDrop {

	@Override
	public Endpoint endpoint() {
		return connection.endpoint();
	}

	/** A variable a signal can be bound to: properties (EURange, EngineeringUnits...) describe one, they are not one. */
	@Override
	public boolean bindable() {
		return node.isVariable() && !node.isProperty();
	}

	/** Binds the dragged variables as {@link BindDrop#command} does. */
	@Override
	public Command bindTo(EditingDomain domain, Object target, List<? extends BindingDrop> dragged) {
		return BindDrop.command(domain, target, dragged.stream().map(BrowserNode.class::cast).toList());
	}

	BrowserNode child(BrowsedNode child) {
		return new BrowserNode(connection, child,
				path.isEmpty() ? child.browseName() : path + "/" + child.browseName());
	}
}
