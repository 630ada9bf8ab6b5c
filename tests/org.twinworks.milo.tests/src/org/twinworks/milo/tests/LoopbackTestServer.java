// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.milo.tests;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.Lifecycle;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfigLimits;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultServerCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;

/**
 * A minimal real Milo server on 127.0.0.1 (security None, for the wrapper's smoke test only): one variable,
 * {@code nsu=urn:twinworks:test;s=Plant/Tank1/Level}, whose value changes every 100 ms.
 */
final class LoopbackTestServer implements AutoCloseable {
	static final String NAMESPACE_URI = "urn:twinworks:test";
	static final String LEVEL = "Plant/Tank1/Level";
	private static final String HOST = "127.0.0.1";

	private final OpcUaServer server;
	private final PlantNamespace namespace;
	private final String endpointUrl;

	private LoopbackTestServer(OpcUaServer server, PlantNamespace namespace, String endpointUrl) {
		this.server = server;
		this.namespace = namespace;
		this.endpointUrl = endpointUrl;
	}

	static LoopbackTestServer start() throws Exception {
		int port = freePort();
		KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
		String applicationUri = "urn:twinworks:test:server";
		X509Certificate certificate = new SelfSignedCertificateBuilder(keyPair).setCommonName("Twinworks test server")
				.setApplicationUri(applicationUri).addIpAddress(HOST).build();
		var trustList = new MemoryTrustListManager();
		var quarantine = new MemoryCertificateQuarantine();
		var certificates = new RsaSha256CertificateFactory() {
			@Override
			protected KeyPair createRsaSha256KeyPair() {
				return keyPair;
			}

			@Override
			protected X509Certificate[] createRsaSha256CertificateChain(KeyPair pair) {
				return new X509Certificate[]{certificate};
			}
		};
		var group = DefaultApplicationGroup.createAndInitialize(trustList, new MemoryCertificateStore(), certificates,
				new DefaultServerCertificateValidator(trustList, quarantine));
		EndpointConfig endpoint = EndpointConfig.newBuilder().setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
				.setBindAddress(HOST).setHostname(HOST).setBindPort(port).setPath("/test").setCertificate(certificate)
				.setSecurityPolicy(SecurityPolicy.None).setSecurityMode(MessageSecurityMode.None)
				.addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS).build();
		OpcUaServerConfig config = OpcUaServerConfig.builder().setApplicationUri(applicationUri)
				.setApplicationName(LocalizedText.english("Twinworks test server")).setProductUri("urn:twinworks:test")
				.setCertificateManager(new DefaultCertificateManager(quarantine, group)).setEndpoints(Set.of(endpoint))
				.setLimits(new OpcUaServerConfigLimits() {
					@Override
					public UInteger getMaxSessions() {
						return uint(4);
					}

					@Override
					public UInteger getMaxMonitoredItems() {
						return uint(100);
					}
				}).build();
		OpcUaServer server = new OpcUaServer(config,
				profile -> new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build()));
		server.startup().get(10, TimeUnit.SECONDS);
		PlantNamespace namespace = new PlantNamespace(server);
		namespace.startup(); // Milo 1.1.2: only after server.startup()
		return new LoopbackTestServer(server, namespace, "opc.tcp://" + HOST + ":" + port + "/test");
	}

	String endpointUrl() {
		return endpointUrl;
	}

	@Override
	public void close() throws Exception {
		namespace.shutdown();
		server.shutdown().get(10, TimeUnit.SECONDS);
	}

	private static int freePort() throws IOException {
		// Milo advertises the configured port in its endpoint URLs, so port 0 cannot be used directly.
		try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName(HOST))) {
			return socket.getLocalPort();
		}
	}

	private static final class PlantNamespace extends ManagedNamespaceWithLifecycle {
		private final SubscriptionModel sampling;
		private volatile UaVariableNode level;
		private volatile ScheduledFuture<?> ticker;
		private double phase;

		PlantNamespace(OpcUaServer server) {
			super(server, NAMESPACE_URI);
			sampling = new SubscriptionModel(server, this);
			getLifecycleManager().addLifecycle(sampling);
			getLifecycleManager().addLifecycle(new Lifecycle() {
				@Override
				public void startup() {
					addNodes();
					ticker = server.getScheduledExecutorService().scheduleAtFixedRate(PlantNamespace.this::tick, 100,
							100, TimeUnit.MILLISECONDS);
				}

				@Override
				public void shutdown() {
					if (ticker != null) {
						ticker.cancel(false);
					}
				}
			});
		}

		private void addNodes() {
			UaFolderNode plant = new UaFolderNode(getNodeContext(), newNodeId("Plant"), newQualifiedName("Plant"),
					LocalizedText.english("Plant"));
			getNodeManager().addNode(plant);
			plant.addReference(new Reference(plant.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(),
					Reference.Direction.INVERSE));
			level = new UaVariableNode.UaVariableNodeBuilder(getNodeContext()).setNodeId(newNodeId(LEVEL))
					.setBrowseName(newQualifiedName("Level")).setDisplayName(LocalizedText.english("Tank 1 level"))
					.setDataType(NodeIds.Double).setTypeDefinition(NodeIds.BaseDataVariableType)
					.setAccessLevel(AccessLevel.READ_ONLY).setUserAccessLevel(AccessLevel.READ_ONLY)
					.setMinimumSamplingInterval(50.0).setValue(new DataValue(new Variant(0.0))).build();
			getNodeManager().addNode(level);
			plant.addOrganizes(level);
		}

		private void tick() {
			phase += 0.1;
			level.setValue(new DataValue(new Variant(50.0 + 25.0 * Math.sin(phase))));
		}

		@Override
		public void onDataItemsCreated(List<DataItem> items) {
			sampling.onDataItemsCreated(items);
		}

		@Override
		public void onDataItemsModified(List<DataItem> items) {
			sampling.onDataItemsModified(items);
		}

		@Override
		public void onDataItemsDeleted(List<DataItem> items) {
			sampling.onDataItemsDeleted(items);
		}

		@Override
		public void onMonitoringModeChanged(List<MonitoredItem> items) {
			sampling.onMonitoringModeChanged(items);
		}
	}
}
