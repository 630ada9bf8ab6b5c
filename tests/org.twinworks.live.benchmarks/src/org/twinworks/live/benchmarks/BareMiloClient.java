// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.benchmarks;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfig;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemServiceOperationResult;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.twinworks.model.rules.NodeIds;

/**
 * The reference: Milo's client as an application would use it bare, subscribing the same nodes with the same
 * sampling, queue and publishing interval, counting in its data listener. Security None, like ours in the run,
 * so only the pipelines differ. Connecting and subscribing are separate steps so that creation is timed with
 * the same boundaries as ours (a connected session in, every item's result out).
 */
final class BareMiloClient implements AutoCloseable {
	private final OpcUaClient client;
	private OpcUaSubscription subscription;

	private BareMiloClient(OpcUaClient client) {
		this.client = client;
	}

	static BareMiloClient connect(String url) throws Exception {
		EndpointDescription none = DiscoveryClient.getEndpoints(url).get(10, TimeUnit.SECONDS).stream()
				.filter(e -> SecurityPolicy.None.getUri().equals(e.getSecurityPolicyUri())).findFirst().orElseThrow();
		OpcUaClient client = OpcUaClient.create(OpcUaClientConfig.builder().setEndpoint(none)
				.setApplicationName(LocalizedText.english("bare Milo client")).setApplicationUri("urn:twinworks:bare")
				// never Milo's trust-everything default; with security None no certificate is checked anyway
				.setCertificateValidator((chain, uri, hosts) -> {
					throw new UaException(StatusCodes.Bad_CertificateUntrusted);
				}).build());
		client.connect();
		return new BareMiloClient(client);
	}

	/** One subscription with an item per node id; returns how many items the server created. */
	int subscribe(List<String> nodeIds, double samplingMs, int queue, double publishingMs, Counters counters)
			throws Exception {
		subscription = new OpcUaSubscription(client, publishingMs);
		subscription.create();
		List<OpcUaMonitoredItem> items = new ArrayList<>();
		for (String text : nodeIds) {
			var parsed = NodeIds.parse(text);
			NodeId node = new NodeId(client.getNamespaceTable().getIndex(parsed.namespaceUri()), parsed.identifier());
			OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(node);
			item.setSamplingInterval(samplingMs);
			item.setQueueSize(uint(queue));
			item.setDiscardOldest(true);
			item.setDataValueListener((i, value) -> counters.value(node, value.getValue().getValue(),
					value.getSourceTime() == null ? null : value.getSourceTime().getJavaInstant(),
					value.getStatusCode() == null ? 0 : value.getStatusCode().getValue()));
			items.add(item);
		}
		subscription.addMonitoredItems(items);
		int created = 0;
		for (MonitoredItemServiceOperationResult result : subscription.createMonitoredItems()) {
			created += result.isGood() ? 1 : 0;
		}
		return created;
	}

	@Override
	public void close() throws UaException {
		if (subscription != null) {
			subscription.delete();
		}
		client.disconnect();
	}
}
