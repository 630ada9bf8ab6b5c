// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.milo.tests;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * Milo's own 1.1.x manifests resolve and then fail at run time (shaded Guava); our wrapper must let a
 * real client and server talk inside OSGi.
 */
class MiloInOsgiTest {
	private static LoopbackTestServer server;

	@BeforeAll
	static void startServer() throws Exception {
		server = LoopbackTestServer.start();
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void miloComesFromTheTwinworksWrapperBundle() {
		assertEquals("org.twinworks.milo", FrameworkUtil.getBundle(OpcUaClient.class).getSymbolicName());
	}

	@Test
	void aClientReadsAndSubscribesOverLoopback() throws Exception {
		OpcUaClient client = OpcUaClient.create(server.endpointUrl(),
				endpoints -> endpoints.stream()
						.filter(e -> SecurityPolicy.None.getUri().equals(e.getSecurityPolicyUri())).findFirst(),
				transport -> {
				},
				config -> config.setApplicationName(LocalizedText.english("Twinworks wrapper test"))
						.setApplicationUri("urn:twinworks:test:client").setIdentityProvider(new AnonymousProvider())
						.setRequestTimeout(uint(5_000)));
		client.connect();
		try {
			int namespace = client.getNamespaceTable().getIndex(LoopbackTestServer.NAMESPACE_URI).intValue();
			NodeId level = new NodeId(namespace, LoopbackTestServer.LEVEL);
			DataValue read = client.readValue(0.0, TimestampsToReturn.Both, level);
			assertTrue(read.getStatusCode().isGood(), "read status " + read.getStatusCode());
			assertTrue(read.getValue().getValue() instanceof Double, "value " + read.getValue());

			List<Double> received = new CopyOnWriteArrayList<>();
			CountDownLatch three = new CountDownLatch(3);
			OpcUaSubscription subscription = new OpcUaSubscription(client, 100.0);
			subscription.setPublishingInterval(100.0);
			subscription.create();
			OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(level);
			item.setSamplingInterval(100.0);
			item.setQueueSize(uint(10));
			item.setDataValueListener((monitored, value) -> {
				received.add((Double) value.getValue().getValue());
				three.countDown();
			});
			subscription.addMonitoredItem(item);
			subscription.synchronizeMonitoredItems();
			assertTrue(three.await(10, TimeUnit.SECONDS), "only " + received.size() + " notifications in 10 s");
			assertTrue(received.stream().distinct().count() >= 2, "values did not change: " + received);
			subscription.delete();
		} finally {
			client.disconnect();
		}
	}
}
