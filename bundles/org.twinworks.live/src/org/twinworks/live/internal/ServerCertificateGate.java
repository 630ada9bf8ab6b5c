// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.CertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twinworks.live.CertificateProblem;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.RefusedCertificateException;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.Thumbprints;
import org.twinworks.live.TrustDecision;
import org.twinworks.live.UntrustedCertificate;
import org.twinworks.live.UntrustedServerException;

/**
 * Validates the chosen endpoint's server certificate before the secure channel opens, so that the question
 * "trust this server?" is asked on the caller's thread and never inside Milo's handshake. Only a certificate whose
 * one fault is not being in the trust list is put to the {@link ServerTrust}: anything else (expired, revoked, too
 * weak, another server's) is refused with its reason first, so no answer can let it through. The channel itself
 * validates again with the same validator: a certificate swapped after discovery is still refused.
 */
public final class ServerCertificateGate {
	private static final Logger LOG = LoggerFactory.getLogger(ServerCertificateGate.class);

	private final CertificateValidator validator;
	private final SessionTrustList trustList;
	private final CertificateQuarantine quarantine;
	private final PkiDirectories pki;
	private final CertificateDiagnosis diagnosis;

	public ServerCertificateGate(CertificateValidator validator, SessionTrustList trustList,
			CertificateQuarantine quarantine, PkiDirectories pki) {
		this.validator = validator;
		this.trustList = trustList;
		this.quarantine = quarantine;
		this.pki = pki;
		this.diagnosis = new CertificateDiagnosis(trustList, pki);
	}

	public void admit(EndpointDescription endpoint, ServerTrust serverTrust) throws LiveConnectionException {
		List<X509Certificate> chain = chain(endpoint);
		X509Certificate certificate = chain.get(0);
		String url = endpoint.getEndpointUrl();
		String thumbprint = Thumbprints.of(certificate);
		List<CertificateFinding> findings = diagnosis.examine(chain, endpoint.getServer().getApplicationUri(),
				EndpointUtil.getHost(url));
		if (!findings.isEmpty()) {
			throw refused(url, thumbprint, findings);
		}
		try {
			validate(endpoint, chain, validator);
			return;
		} catch (UaException e) {
			if (!quarantine.getRejectedCertificates().contains(certificate)) {
				throw refused(url, thumbprint, List.of(diagnosis.explain(e, certificate)));
			}
		}
		// would it pass if trusted? If not, asking would only lead the user to a refusal after saying yes
		try {
			validate(endpoint, chain,
					ClientAssembly.validator(trustList.alsoTrusting(certificate), new MemoryCertificateQuarantine()));
		} catch (UaException e) {
			throw refused(url, thumbprint, List.of(diagnosis.explain(e, certificate)));
		}
		TrustDecision decision = serverTrust.decide(new UntrustedCertificate(url, thumbprint,
				certificate.getSubjectX500Principal().getName(), "not in the trust list " + pki.trustedCerts()
						+ " (otherwise valid: until " + certificate.getNotAfter().toInstant() + ", for this host)",
				certificate));
		LOG.info("the untrusted server certificate of {} (SHA-256 {}): {}", url, thumbprint, decision);
		switch (decision) {
		case REJECT -> throw new UntrustedServerException("the server certificate of " + url + " (SHA-256 " + thumbprint
				+ ") is not in the trust list and was not trusted; it was put in " + pki.rejected()
				+ ". Compare the thumbprint with the server's, then trust it (--trust " + thumbprint
				+ ") or move it to " + pki.trustedCerts(), thumbprint);
		case TRUST_ONCE -> trustList.trustOnce(certificate);
		case TRUST_ALWAYS -> {
			trustList.addTrustedCertificate(certificate);
			quarantine.removeRejectedCertificate(certificate);
		}
		}
		try {
			validate(endpoint, chain, validator);
		} catch (UaException e) {
			throw refused(url, thumbprint, List.of(diagnosis.explain(e, certificate)));
		}
	}

	private static RefusedCertificateException refused(String url, String thumbprint,
			List<CertificateFinding> findings) {
		String reasons = findings.stream().map(CertificateFinding::text).collect(Collectors.joining("; and "));
		String labels = findings.stream().map(f -> f.problem().label()).collect(Collectors.joining(", "));
		String message = "the server certificate of " + url + " is refused (" + labels + "): " + reasons
				+ ". Trusting it cannot override this; the server needs a valid certificate (SHA-256 " + thumbprint
				+ ")";
		LOG.warn("{}", message);
		List<CertificateProblem> problems = findings.stream().map(CertificateFinding::problem).toList();
		return new RefusedCertificateException(message, problems, thumbprint);
	}

	private static void validate(EndpointDescription endpoint, List<X509Certificate> chain,
			CertificateValidator validator) throws UaException {
		String host = EndpointUtil.getHost(endpoint.getEndpointUrl());
		validator.validateCertificateChain(chain, endpoint.getServer().getApplicationUri(),
				host == null ? null : new String[]{host});
	}

	private static List<X509Certificate> chain(EndpointDescription endpoint) throws LiveConnectionException {
		try {
			List<X509Certificate> chain = CertificateUtil
					.decodeCertificates(endpoint.getServerCertificate().bytesOrEmpty());
			if (chain.isEmpty()) {
				throw new LiveConnectionException(
						"the server at " + endpoint.getEndpointUrl() + " sent no certificate");
			}
			return chain;
		} catch (UaException e) {
			throw new LiveConnectionException(
					"the server certificate of " + endpoint.getEndpointUrl() + " does not decode: " + e.getMessage(),
					e);
		}
	}
}
