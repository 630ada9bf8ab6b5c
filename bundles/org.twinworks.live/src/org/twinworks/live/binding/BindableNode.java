// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.binding;

import org.twinworks.live.BrowsedNode;
import org.twinworks.model.Endpoint;

/**
 * A browsed node as binding sees it: the node, its browse path, and the model endpoint whose server it came from
 * (so a binding knows which endpoint to point at). The browser's tree nodes implement it.
 */
public interface BindableNode {
	BrowsedNode node();

	/** The browse names from the Objects folder down to the node, separated by {@code /}. */
	String path();

	Endpoint endpoint();
}
