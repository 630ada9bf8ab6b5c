// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * The methods clients may call: the Server object's GetMonitoredItems and ResendData (used after a reconnect, on
 * the client's own subscriptions only) and the virtual plant's own methods, added when their nodes are created.
 * Nothing else: no ConditionRefresh (there are no conditions), no state changes of the server.
 */
public final class MethodAllowList {
	private final Set<NodeId> allowed = ConcurrentHashMap.newKeySet();

	public MethodAllowList() {
		allowed.add(NodeIds.Server_GetMonitoredItems);
		allowed.add(NodeIds.Server_ResendData);
	}

	void allow(NodeId method) {
		allowed.add(method);
	}

	boolean allows(NodeId method) {
		return method != null && allowed.contains(method);
	}
}
