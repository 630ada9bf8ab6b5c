// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.crypto.Cipher;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.SignedIdentityToken;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityAlgorithm;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.AnonymousIdentityToken;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.SignatureData;
import org.eclipse.milo.opcua.stack.core.types.structured.UserNameIdentityToken;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sim.VirtualPlantConfig;
import org.twinworks.sim.internal.ServerAssembly;
import org.twinworks.sim.internal.ServerIdentity;
import org.twinworks.sim.internal.UsernameTokenValidator;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * Each advisory published against Milo up to 1.1.4, shown closed by the virtual plant's own configuration, so it
 * stays closed whatever Milo version runs. The partial-chunk one (CVE-2026-63252) has its own test,
 * {@link PartialChunksTest}.
 */
class MiloAdvisoriesTest {
	private static final String USER = "operator";
	private static final String PASSWORD = "correct horse";

	@TempDir
	Path directory;

	private final TestClients clients;

	MiloAdvisoriesTest() throws Exception {
		clients = new TestClients();
	}

	/** CVE-2026-60007: no Basic128Rsa15 anywhere, so no user-name token is ever RSA-1.5 decrypted. */
	@Test
	void noEndpointAndNoUserTokenPolicyOffersBasic128Rsa15() throws Exception {
		try (VirtualPlant plant = start(true, true)) {
			List<EndpointDescription> endpoints = TestClients.endpoints(plant);
			assertFalse(endpoints.isEmpty());
			for (EndpointDescription endpoint : endpoints) {
				assertFalse(SecurityPolicy.Basic128Rsa15.getUri().equals(endpoint.getSecurityPolicyUri()));
				for (UserTokenPolicy policy : endpoint.getUserIdentityTokens()) {
					if (policy.getTokenType() == UserTokenType.UserName) {
						// named explicitly: on a None channel the password is still OAEP-encrypted
						assertTrue(SecurityPolicy.Basic256Sha256.getUri().equals(policy.getSecurityPolicyUri()),
								policy.toString());
					}
					assertFalse(SecurityPolicy.Basic128Rsa15.getUri().equals(policy.getSecurityPolicyUri()));
				}
			}
		}
	}

	/** CVE-2026-60007: a token that claims rsa-1_5 is refused before it is decrypted, with the generic code. */
	@Test
	void aUserNameTokenEncryptedWithRsa15IsRefusedAndAnOaepOneAccepted() throws Exception {
		try (VirtualPlant plant = start(true, false)) {
			UaException refused = assertThrows(UaException.class,
					() -> clients.connect(plant, SecurityPolicy.Basic256Sha256, true,
							new RawUserNameToken(USER, PASSWORD, SecurityAlgorithm.Rsa15)));
			assertEquals(StatusCodes.Bad_IdentityTokenInvalid, refused.getStatusCode().getValue(), refused.toString());

			OpcUaClient accepted = clients.connect(plant, SecurityPolicy.Basic256Sha256, true,
					new UsernameProvider(USER, PASSWORD));
			TestClients.disconnect(accepted);
		}
	}

	/** Our own check, whatever Milo's base class does after it: only RSA-OAEP, never under Basic128Rsa15. */
	@Test
	void theTokenCheckTakesOnlyRsaOaepUnderAPolicyOtherThanBasic128Rsa15() {
		UserTokenPolicy oaep = new UserTokenPolicy("username", UserTokenType.UserName, null, null,
				SecurityPolicy.Basic256Sha256.getUri());
		UserTokenPolicy rsa15 = new UserTokenPolicy("username", UserTokenType.UserName, null, null,
				SecurityPolicy.Basic128Rsa15.getUri());
		assertTrue(UsernameTokenValidator.acceptable(SecurityAlgorithm.RsaOaepSha1, oaep));
		assertTrue(UsernameTokenValidator.acceptable(SecurityAlgorithm.RsaOaepSha256, oaep));
		assertFalse(UsernameTokenValidator.acceptable(SecurityAlgorithm.Rsa15, oaep));
		assertFalse(UsernameTokenValidator.acceptable(SecurityAlgorithm.None, oaep), "a password in clear");
		assertFalse(UsernameTokenValidator.acceptable(null, oaep), "an algorithm we do not know");
		assertFalse(UsernameTokenValidator.acceptable(SecurityAlgorithm.RsaOaepSha1, rsa15));
	}

	/**
	 * A token with no algorithm on a None channel (lab mode) would carry the password in clear; Milo would take
	 * it. Ours refuses it like any other bad token.
	 */
	@Test
	void aPlainTextPasswordOnTheLabModeNoneChannelIsRefused() throws Exception {
		try (VirtualPlant plant = start(true, true)) {
			UaException refused = assertThrows(UaException.class, () -> clients.connect(plant, SecurityPolicy.None,
					false, new RawUserNameToken(USER, PASSWORD, SecurityAlgorithm.None)));
			assertEquals(StatusCodes.Bad_IdentityTokenInvalid, refused.getStatusCode().getValue(), refused.toString());
		}
	}

	@Test
	void withAnonymousAccessOffTheAnonymousPolicyIsNotOfferedAndNotAccepted() throws Exception {
		try (VirtualPlant plant = start(false, false)) {
			for (EndpointDescription endpoint : TestClients.endpoints(plant)) {
				if (!endpoint.getEndpointUrl().endsWith("/discovery")) {
					assertTrue(Arrays.stream(endpoint.getUserIdentityTokens())
							.noneMatch(p -> p.getTokenType() == UserTokenType.Anonymous), endpoint.getEndpointUrl());
				}
			}
			assertThrows(UaException.class,
					() -> clients.connect(plant, SecurityPolicy.Basic256Sha256, true, new AnonymousProvider()));
			// and a client that sends an anonymous token all the same is refused by the server
			UaException refused = assertThrows(UaException.class,
					() -> clients.connect(plant, SecurityPolicy.Basic256Sha256, true,
							(endpoint, nonce) -> new SignedIdentityToken(new AnonymousIdentityToken("anonymous"),
									new SignatureData(null, null))));
			assertTrue(refused.getStatusCode().isBad(), refused.toString());
			assertFalse(refused.getMessage().contains("no anonymous token policy"),
					"refused by the server, not the " + "client: " + refused.getMessage());
			TestClients.disconnect(
					clients.connect(plant, SecurityPolicy.Basic256Sha256, true, new UsernameProvider(USER, PASSWORD)));
		}
		assertThrows(IllegalArgumentException.class,
				() -> VirtualPlantConfig.builder(directory.resolve("pki")).anonymous(false).build(),
				"anonymous off with no user would lock everybody out");
	}

	/**
	 * CVE-2026-62927: a method the server does not allow, batched with one it does, gets its own denial and does
	 * not run (ConditionRefresh would; Milo serves it on the Server object).
	 */
	@Test
	void aDeniedMethodBatchedWithAnAllowedOneIsDeniedAloneAndTheAllowedOneRuns() throws Exception {
		try (VirtualPlant plant = start(true, false)) {
			OpcUaClient client = clients.connect(plant);
			try {
				OpcUaSubscription subscription = new OpcUaSubscription(client, 1000.0);
				subscription.create();
				Variant id = new Variant(subscription.getSubscriptionId().orElseThrow());
				List<CallMethodResult> results = List.of(client.call(List.of(
						new CallMethodRequest(NodeIds.Server, NodeIds.Server_GetMonitoredItems, new Variant[]{id}),
						new CallMethodRequest(NodeIds.Server, NodeIds.ConditionType_ConditionRefresh,
								new Variant[]{id}),
						new CallMethodRequest(NodeIds.Server, NodeIds.Server_RequestServerStateChange, new Variant[0])))
						.getResults());
				assertEquals(3, results.size());
				assertTrue(results.get(0).getStatusCode().isGood(), "GetMonitoredItems: " + results.get(0));
				assertEquals(StatusCodes.Bad_UserAccessDenied, results.get(1).getStatusCode().getValue());
				assertEquals(StatusCodes.Bad_UserAccessDenied, results.get(2).getStatusCode().getValue());
				subscription.delete();
			} finally {
				TestClients.disconnect(client);
			}
		}
	}

	/** CVE-2026-63248: nobody reads other sessions' security diagnostics, nor switches diagnostics on. */
	@Test
	void sessionSecurityDiagnosticsCannotBeSwitchedOnOrRead() throws Exception {
		try (VirtualPlant plant = start(true, false)) {
			OpcUaClient first = clients.connect(plant);
			OpcUaClient second = clients.connect(plant);
			try {
				List<StatusCode> written = second.writeValues(List.of(NodeIds.Server_ServerDiagnostics_EnabledFlag),
						List.of(new DataValue(new Variant(true))));
				assertTrue(written.get(0).isBad(), "switching diagnostics on: " + written.get(0));
				DataValue security = second.readValue(0, TimestampsToReturn.Both,
						NodeIds.Server_ServerDiagnostics_SessionsDiagnosticsSummary_SessionSecurityDiagnosticsArray);
				assertTrue(security.getStatusCode() != null && security.getStatusCode().isBad(),
						"the sessions' security diagnostics: " + security);
			} finally {
				TestClients.disconnect(second);
				TestClients.disconnect(first);
			}
		}
	}

	/**
	 * CVE-2026-58080: the role mapper is set on the configuration itself (the server never copies it), and a copy
	 * keeps it too with the Milo this product ships.
	 */
	@Test
	void theServerConfigurationKeepsItsRoleMapperEvenWhenCopied() throws Exception {
		Path pki = directory.resolve("pki");
		String uri = "urn:localhost:twinworks:sim";
		OpcUaServerConfig config;
		try (FileBasedTrustListManager trustList = FileBasedTrustListManager.createAndInitialize(pki)) {
			config = ServerAssembly.config(VirtualPlantConfig.builder(pki).port(0).build(), uri, "127.0.0.1", 4840,
					ServerIdentity.loadOrCreate(pki, uri, List.of("127.0.0.1")), trustList);
		}
		assertTrue(config.getRoleMapper().isPresent(), "the virtual plant maps sessions to roles");
		assertTrue(OpcUaServerConfig.copy(config).build().getRoleMapper().isPresent(),
				"a copied configuration keeps its role mapper");
	}

	private VirtualPlant start(boolean anonymous, boolean lab) throws Exception {
		return TestPlant.in(directory.resolve("plant-" + anonymous + lab)).trustClient(clients.certificate)
				.configure(config -> config.labMode(lab).anonymous(anonymous).user(USER, PASSWORD.toCharArray()))
				.start();
	}

	/**
	 * A user-name token built by hand, as a client that does not follow the token policy would: the password
	 * encrypted with the given algorithm (or not at all for None) and that algorithm named in the token.
	 */
	private record RawUserNameToken(String user, String password,
			SecurityAlgorithm algorithm) implements IdentityProvider {

		@Override
		public SignedIdentityToken getIdentityToken(EndpointDescription endpoint, ByteString serverNonce)
				throws Exception {
			UserTokenPolicy policy = Arrays.stream(endpoint.getUserIdentityTokens())
					.filter(p -> p.getTokenType() == UserTokenType.UserName).findFirst().orElseThrow();
			byte[] secret = password.getBytes(StandardCharsets.UTF_8);
			byte[] nonce = serverNonce.bytesOrEmpty();
			ByteBuffer plain = ByteBuffer.allocate(4 + secret.length + nonce.length).order(ByteOrder.LITTLE_ENDIAN);
			plain.putInt(secret.length + nonce.length).put(secret).put(nonce);
			byte[] sent = plain.array();
			String uri = "";
			if (algorithm != SecurityAlgorithm.None) {
				Cipher cipher = Cipher.getInstance(algorithm.getTransformation());
				cipher.init(Cipher.ENCRYPT_MODE, CertificateUtil
						.decodeCertificate(endpoint.getServerCertificate().bytesOrEmpty()).getPublicKey());
				sent = cipher.doFinal(sent);
				uri = algorithm.getUri();
			}
			assertNotNull(policy.getPolicyId());
			return new SignedIdentityToken(
					new UserNameIdentityToken(policy.getPolicyId(), user, ByteString.of(sent), uri),
					new SignatureData(null, null));
		}
	}

}
