// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Monitored items the server holds in our subscription but the client does not know: a CreateMonitoredItems whose
 * answer was lost (timed out) may still have been carried out, and Milo leaves those items uncreated on its side.
 * Created again, they would run twice on the server, the first ones for good. The server lists its items
 * (Server.GetMonitoredItems, OPC UA Part 5); the ones whose id no client item has are deleted.
 */
final class OrphanedItems {
	private static final Logger LOG = LoggerFactory.getLogger(OrphanedItems.class);

	private OrphanedItems() {
	}

	/**
	 * Deletes the orphans of {@code subscription}; returns how many. Not while items are being created on it: their
	 * ids are not known yet, so they would look orphaned.
	 */
	static int delete(OpcUaClient client, OpcUaSubscription subscription) throws UaException {
		Optional<UInteger> id = subscription.getSubscriptionId();
		if (id.isEmpty()) {
			return 0;
		}
		CallMethodResult listed = client.call(List.of(new CallMethodRequest(NodeIds.Server,
				NodeIds.Server_GetMonitoredItems, new Variant[]{new Variant(id.get())}))).getResults()[0];
		if (!listed.getStatusCode().isGood() || listed.getOutputArguments() == null
				|| !(listed.getOutputArguments()[0].getValue() instanceof UInteger[] serverHandles)) {
			// a server without the method: nothing to compare with
			LOG.debug("GetMonitoredItems of subscription {}: {}", id.get(), listed.getStatusCode());
			return 0;
		}
		Set<UInteger> known = subscription.getMonitoredItems().stream().map(OpcUaMonitoredItem::getMonitoredItemId)
				.flatMap(Optional::stream).collect(Collectors.toSet());
		List<UInteger> orphans = Arrays.stream(serverHandles).filter(handle -> !known.contains(handle)).toList();
		if (!orphans.isEmpty()) {
			long limit = client.getOperationLimits().maxMonitoredItemsPerCall().map(UInteger::longValue)
					.filter(max -> max > 0).orElse(Long.MAX_VALUE);
			int size = (int) Math.min(limit, orphans.size());
			for (int from = 0; from < orphans.size(); from += size) {
				client.deleteMonitoredItems(id.get(), orphans.subList(from, Math.min(orphans.size(), from + size)));
			}
			LOG.info("deleted {} monitored items the server had created for a request whose answer was lost",
					orphans.size());
		}
		return orphans.size();
	}
}
