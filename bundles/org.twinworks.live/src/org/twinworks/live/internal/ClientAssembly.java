// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.EnumSet;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfig;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.sdk.client.identity.X509IdentityProvider;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.CertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.TrustListManager;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.validation.ValidationCheck;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.model.AuthenticationKind;
import org.twinworks.model.Endpoint;

/**
 * Our PKI opened for one session, and the Milo client built on it: our certificate, a validating
 * certificate check (never Milo's default, which trusts everything) and the identity the model asks for.
 */
public final class ClientAssembly implements AutoCloseable {
	/**
	 * Milo's defaults (a keep-alive every 5 s, 5 s to answer, one failure allowed) notice a silent cut only after
	 * 10 to 15 s; ours within 7 s, so items show stale within 10 s (issue 19's network-faults harness).
	 */
	private static final long KEEP_ALIVE_INTERVAL_MS = 2_000;
	private static final long KEEP_ALIVE_TIMEOUT_MS = 3_000;
	private final PkiDirectories pki;
	private final ApplicationIdentity identity;
	private final FileBasedTrustListManager trustFiles;
	private final SessionTrustList trustList;
	private final FileBasedCertificateQuarantine quarantine;
	private final CertificateValidator validator;

	private ClientAssembly(PkiDirectories pki, ApplicationIdentity identity, FileBasedTrustListManager trustFiles,
			FileBasedCertificateQuarantine quarantine) {
		this.pki = pki;
		this.identity = identity;
		this.trustFiles = trustFiles;
		this.trustList = new SessionTrustList(trustFiles);
		this.quarantine = quarantine;
		validator = validator(trustList, quarantine);
	}

	/**
	 * Milo's validator with every check on except REVOCATION_LISTS. REVOCATION still refuses a certificate whose CA
	 * has no CRL in our PKI (Bad_CertificateRevocationUnknown: whether it was revoked cannot be known; the certificate
	 * matrix's CA_WITHOUT_CRL case) as well as one its CA's CRL revokes.
	 */
	static CertificateValidator validator(TrustListManager trust, CertificateQuarantine quarantine) {
		return new DefaultClientCertificateValidator(trust,
				EnumSet.of(ValidationCheck.APPLICATION_URI, ValidationCheck.HOSTNAME, ValidationCheck.VALIDITY,
						ValidationCheck.KEY_USAGE_END_ENTITY, ValidationCheck.EXTENDED_KEY_USAGE_END_ENTITY,
						ValidationCheck.REVOCATION),
				quarantine);
	}

	public static ClientAssembly open(Path directory) throws IOException {
		SecurityProviders.ensureBouncyCastle();
		PkiDirectories pki = PkiDirectories.create(directory);
		ApplicationIdentity identity = ApplicationIdentity.loadOrCreate(pki);
		var trustFiles = new FileBasedTrustListManager(pki.issuerCerts(), pki.issuerCrl(), pki.trustedCerts(),
				pki.trustedCrl());
		trustFiles.initialize();
		return new ClientAssembly(pki, identity, trustFiles, FileBasedCertificateQuarantine.create(pki.rejected()));
	}

	public ServerCertificateGate gate() {
		return new ServerCertificateGate(validator, trustList, quarantine, pki);
	}

	public X509Certificate certificate() {
		return identity.certificate();
	}

	public OpcUaClient client(EndpointDescription chosen, Endpoint wanted, char[] password, Duration timeout)
			throws LiveConnectionException {
		OpcUaClientConfig config = OpcUaClientConfig.builder().setEndpoint(chosen)
				.setApplicationName(LocalizedText.english("Twinworks")).setApplicationUri(identity.applicationUri())
				.setProductUri("urn:twinworks").setKeyPair(identity.keyPair()).setCertificate(identity.certificate())
				.setCertificateChain(new X509Certificate[]{identity.certificate()}).setCertificateValidator(validator)
				.setIdentityProvider(identityProvider(wanted, password)).setRequestTimeout(uint(timeout.toMillis()))
				.setKeepAliveInterval(uint(KEEP_ALIVE_INTERVAL_MS)).setKeepAliveTimeout(uint(KEEP_ALIVE_TIMEOUT_MS))
				.build();
		try {
			return OpcUaClient.create(config);
		} catch (UaException e) {
			throw new LiveConnectionException("cannot create the OPC UA client: " + e.getMessage(), e);
		}
	}

	private IdentityProvider identityProvider(Endpoint wanted, char[] password) throws LiveConnectionException {
		AuthenticationKind kind = wanted.getAuthentication();
		if (kind == AuthenticationKind.USERNAME) {
			if (wanted.getUsername() == null || password == null) {
				throw new LiveConnectionException(
						"endpoint '" + wanted.getName() + "' logs in as a user: a user name and a password are needed");
			}
			String secret = new String(password);
			return new UsernameProvider(wanted.getUsername(), secret);
		}
		if (kind == AuthenticationKind.CERTIFICATE) {
			return new X509IdentityProvider(identity.certificate(), identity.keyPair().getPrivate());
		}
		return new AnonymousProvider();
	}

	@Override
	public void close() {
		try {
			trustFiles.close();
		} catch (IOException e) {
			// only a directory watch to stop
		}
	}
}
