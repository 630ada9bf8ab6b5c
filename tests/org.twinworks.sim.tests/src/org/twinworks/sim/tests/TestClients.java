// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.tests;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfig;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.eclipse.milo.opcua.stack.core.util.validation.ValidationCheck;
import org.twinworks.model.Plant;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.TestPlant;

/** A real Milo client with its own certificate, as the live layer will connect: secure, validating the server. */
final class TestClients {
	static final String CLIENT_URI = "urn:twinworks:sim:tests:client";

	final KeyPair keyPair;
	final X509Certificate certificate;

	TestClients() throws Exception {
		keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
		certificate = new SelfSignedCertificateBuilder(keyPair).setCommonName("Twinworks sim tests")
				.setApplicationUri(CLIENT_URI).addDnsName("localhost").addIpAddress("127.0.0.1").build();
	}

	static Plant demoPlant(Path directory) {
		return TestPlant.demoPlant(directory, "demo");
	}

	/** Connects over SignAndEncrypt with {@code policy}, trusting the server certificate only when told to. */
	OpcUaClient connect(VirtualPlant plant, SecurityPolicy policy, boolean trustServer, IdentityProvider identity)
			throws Exception {
		EndpointDescription endpoint = endpoints(plant).stream()
				.filter(e -> policy.getUri().equals(e.getSecurityPolicyUri()))
				.filter(e -> e.getSecurityMode() == (policy == SecurityPolicy.None
						? MessageSecurityMode.None
						: MessageSecurityMode.SignAndEncrypt))
				.findFirst().orElseThrow(() -> new AssertionError("no " + policy + " endpoint"));
		var trustList = new MemoryTrustListManager();
		if (trustServer) {
			trustList.addTrustedCertificate(plant.certificate());
		}
		var validator = new DefaultClientCertificateValidator(trustList,
				EnumSet.of(ValidationCheck.APPLICATION_URI, ValidationCheck.HOSTNAME, ValidationCheck.VALIDITY,
						ValidationCheck.KEY_USAGE_END_ENTITY, ValidationCheck.EXTENDED_KEY_USAGE_END_ENTITY),
				new MemoryCertificateQuarantine());
		OpcUaClientConfig config = OpcUaClientConfig.builder().setEndpoint(endpoint)
				.setApplicationName(LocalizedText.english("Twinworks sim tests")).setApplicationUri(CLIENT_URI)
				.setProductUri("urn:twinworks:sim:tests").setKeyPair(keyPair).setCertificate(certificate)
				.setCertificateChain(new X509Certificate[]{certificate}).setCertificateValidator(validator)
				.setIdentityProvider(identity).setRequestTimeout(uint(5_000)).build();
		OpcUaClient client = OpcUaClient.create(config);
		try {
			client.connect();
		} catch (UaException e) {
			disconnect(client);
			throw e;
		}
		return client;
	}

	OpcUaClient connect(VirtualPlant plant) throws Exception {
		return connect(plant, SecurityPolicy.Basic256Sha256, true, new AnonymousProvider());
	}

	/** GetEndpoints on the server's own URL, over the None channel the discovery endpoint allows. */
	static List<EndpointDescription> endpoints(VirtualPlant plant) throws Exception {
		return DiscoveryClient.getEndpoints(plant.endpointUrl()).get(10, TimeUnit.SECONDS);
	}

	static NodeId node(OpcUaClient client, String tag) {
		int ns = client.getNamespaceTable().getIndex(DemoPlant.NAMESPACE_URI).intValue();
		return new NodeId(ns, tag);
	}

	static void disconnect(OpcUaClient client) {
		try {
			client.disconnect();
		} catch (UaException e) {
			// already gone: nothing to release
		}
	}
}
