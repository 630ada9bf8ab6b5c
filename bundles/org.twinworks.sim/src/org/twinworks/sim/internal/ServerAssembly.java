// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.CompositeValidator;
import org.eclipse.milo.opcua.sdk.server.identity.IdentityValidator;
import org.eclipse.milo.opcua.sdk.server.ServiceSets;
import org.eclipse.milo.opcua.sdk.server.diagnostics.SessionSecurityDiagnosticsAccessMode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.servicesets.MethodServiceSet;
import org.eclipse.milo.opcua.sdk.server.servicesets.SubscriptionServiceSet;
import org.eclipse.milo.opcua.sdk.server.servicesets.impl.DefaultMethodServiceSet;
import org.eclipse.milo.opcua.sdk.server.servicesets.impl.DefaultSubscriptionServiceSet;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.channel.EncodingLimits;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultServerCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;
import org.twinworks.sim.VirtualPlantConfig;
import org.twinworks.sim.VirtualPlantLimits;

/**
 * Puts the Milo server together: SignAndEncrypt endpoints (Basic256Sha256, Aes256_Sha256_RsaPss), None only in
 * lab mode, a None discovery endpoint for GetEndpoints, anonymous (unless turned off) and (when configured)
 * username tokens (RSA-OAEP only), a file-based trust list for client certificates, bounded limits and
 * connections, roles without admin rights, and method calls behind an allow-list. Each of Milo's published
 * advisories up to 1.1.4 is closed here, whatever Milo version runs (see the README, "Milo").
 */
public final class ServerAssembly {
	/** Nested ExtensionObjects deeper than this are refused (Milo's 128 allowed stack exhaustion). */
	private static final int MAX_RECURSION_DEPTH = 64;

	private ServerAssembly() {
	}

	/** @param refuseSubscriptions while true, CreateSubscription is refused ({@link RefusableSubscriptions}) */
	public static OpcUaServer create(VirtualPlantConfig config, String applicationUri, String hostname, int port,
			ServerIdentity identity, FileBasedTrustListManager trustList, MethodAllowList allowedMethods,
			BooleanSupplier refuseSubscriptions) throws Exception {
		OpcUaServerConfig serverConfig = config(config, applicationUri, hostname, port, identity, trustList);
		VirtualPlantLimits limits = config.limits();
		// idle past the longest session a client may have: no session can still be on the connection
		Duration idleLimit = Duration.ofMillis(serverConfig.getLimits().getMaxSessionTimeout().longValue())
				.plus(limits.secureChannelDeadline());
		ConnectionGuard guard = new ConnectionGuard(limits.maxConnections(), limits.secureChannelDeadline(), idleLimit);
		// called for each new connection: the guard goes first, before Milo's own handlers
		OpcTcpServerTransportConfig transport = OpcTcpServerTransportConfig.newBuilder()
				.setChannelPipelineCustomizer(pipeline -> pipeline.addFirst("twinworks-connection-guard", guard))
				.build();
		long maxCalls = serverConfig.getLimits().getMaxNodesPerMethodCall().longValue();
		return new OpcUaServer(serverConfig, profile -> new OpcTcpServerTransport(transport), new ServiceSets() {
			@Override
			public MethodServiceSet createMethodServiceSet(OpcUaServer server) {
				return new AllowListedMethodCalls(new DefaultMethodServiceSet(server), maxCalls, allowedMethods);
			}

			@Override
			public SubscriptionServiceSet createSubscriptionServiceSet(OpcUaServer server) {
				return new RefusableSubscriptions(new DefaultSubscriptionServiceSet(server), refuseSubscriptions);
			}
		});
	}

	/** The server's configuration, built once and never copied (a copy lost the role mapper up to Milo 1.1.4). */
	public static OpcUaServerConfig config(VirtualPlantConfig config, String applicationUri, String hostname, int port,
			ServerIdentity identity, FileBasedTrustListManager trustList) throws Exception {
		Path rejected = config.pkiDirectory().resolve("rejected");
		Files.createDirectories(rejected);
		var quarantine = new FileBasedCertificateQuarantine(rejected.toFile());
		var group = DefaultApplicationGroup.createAndInitialize(trustList, new MemoryCertificateStore(),
				new StoredCertificateFactory(identity), new DefaultServerCertificateValidator(trustList, quarantine));
		VirtualPlantLimits limits = config.limits();
		double minimumInterval = Math.min(50, config.tickInterval().toMillis());
		ServerLimits serverLimits = new ServerLimits(limits, minimumInterval, config.behaviour().maxNodesPerCall());
		return OpcUaServerConfig.builder().setApplicationUri(applicationUri)
				.setApplicationName(LocalizedText.english("Twinworks virtual plant")).setProductUri("urn:twinworks:sim")
				.setCertificateManager(new DefaultCertificateManager(quarantine, group))
				.setEndpoints(endpoints(config, hostname, port, identity.certificate()))
				.setIdentityValidator(identityValidator(config)).setRoleMapper(new PlantRoles())
				.setSessionSecurityDiagnosticsAccessMode(SessionSecurityDiagnosticsAccessMode.RESTRICTED)
				.setLimits(serverLimits)
				.setEncodingLimits(new EncodingLimits(limits.maxChunkSize(),
						limits.maxMessageSize() / limits.maxChunkSize() * 2 + 1, limits.maxMessageSize(),
						MAX_RECURSION_DEPTH))
				.build();
	}

	/**
	 * After start-up: clients may not switch the server's diagnostics on (Milo makes EnabledFlag writable by every
	 * session); with them off, the per-session diagnostics are not even computed.
	 */
	static void lockDiagnostics(OpcUaServer server) {
		server.getAddressSpaceManager().getManagedNode(NodeIds.Server_ServerDiagnostics_EnabledFlag)
				.filter(UaVariableNode.class::isInstance).map(UaVariableNode.class::cast)
				.ifPresent(flag -> flag.setUserAccessLevel(AccessLevel.toValue(AccessLevel.READ_ONLY)));
	}

	private static Set<EndpointConfig> endpoints(VirtualPlantConfig config, String hostname, int port,
			X509Certificate certificate) {
		var base = EndpointConfig.newBuilder().setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
				.setBindAddress(config.bindAddress()).setHostname(hostname).setBindPort(port)
				.setPath(VirtualPlantConfig.PATH).setCertificate(certificate);
		if (config.anonymous()) {
			base.addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS);
		}
		if (config.username() != null) {
			// the username policy names Basic256Sha256: the password is encrypted even on a None channel
			base.addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_USERNAME);
		}
		Set<EndpointConfig> endpoints = new LinkedHashSet<>();
		for (SecurityPolicy policy : List.of(SecurityPolicy.Basic256Sha256, SecurityPolicy.Aes256_Sha256_RsaPss)) {
			endpoints.add(
					base.copy().setSecurityPolicy(policy).setSecurityMode(MessageSecurityMode.SignAndEncrypt).build());
		}
		if (config.labMode()) {
			endpoints.add(base.copy().setSecurityPolicy(SecurityPolicy.None).setSecurityMode(MessageSecurityMode.None)
					.build());
		}
		// only the discovery services are reachable on it, and Milo leaves it out of GetEndpoints
		endpoints.add(base.copy().setPath(VirtualPlantConfig.PATH + "/discovery").setSecurityPolicy(SecurityPolicy.None)
				.setSecurityMode(MessageSecurityMode.None).build());
		return endpoints;
	}

	private static IdentityValidator identityValidator(VirtualPlantConfig config) {
		if (config.username() == null) {
			return AnonymousIdentityValidator.INSTANCE;
		}
		String user = config.username();
		byte[] secret = new String(config.password()).getBytes(StandardCharsets.UTF_8);
		List<IdentityValidator> validators = new ArrayList<>();
		if (config.anonymous()) {
			validators.add(AnonymousIdentityValidator.INSTANCE);
		}
		validators.add(new UsernameTokenValidator(challenge -> user.equals(challenge.getUsername()) && MessageDigest
				.isEqual(secret, String.valueOf(challenge.getPassword()).getBytes(StandardCharsets.UTF_8))));
		return new CompositeValidator(validators);
	}

	/** Hands Milo's certificate group the stored identity instead of letting it generate one. */
	private static final class StoredCertificateFactory extends RsaSha256CertificateFactory {
		private final ServerIdentity identity;

		StoredCertificateFactory(ServerIdentity identity) {
			this.identity = identity;
		}

		@Override
		protected KeyPair createRsaSha256KeyPair() {
			return identity.keyPair();
		}

		@Override
		protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair) {
			return new X509Certificate[]{identity.certificate()};
		}
	}
}
