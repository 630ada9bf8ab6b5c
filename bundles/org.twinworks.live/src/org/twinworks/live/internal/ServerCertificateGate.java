// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.security.cert.X509Certificate;
import java.util.List;

import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.CertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.Thumbprints;
import org.twinworks.live.TrustDecision;
import org.twinworks.live.UntrustedCertificate;
import org.twinworks.live.UntrustedServerException;

/**
 * Validates the chosen endpoint's server certificate before the secure channel opens, so that the question
 * "trust this server?" is asked on the caller's thread and never inside Milo's handshake. The channel itself
 * validates again with the same validator: a certificate swapped after discovery is still refused.
 */
public final class ServerCertificateGate {
	private final CertificateValidator validator;
	private final SessionTrustList trustList;
	private final CertificateQuarantine quarantine;
	private final PkiDirectories pki;

	public ServerCertificateGate(CertificateValidator validator, SessionTrustList trustList,
			CertificateQuarantine quarantine, PkiDirectories pki) {
		this.validator = validator;
		this.trustList = trustList;
		this.quarantine = quarantine;
		this.pki = pki;
	}

	public void admit(EndpointDescription endpoint, ServerTrust serverTrust) throws LiveConnectionException {
		List<X509Certificate> chain = chain(endpoint);
		X509Certificate certificate = chain.get(0);
		try {
			validate(endpoint, chain);
			return;
		} catch (UaException e) {
			if (!quarantine.getRejectedCertificates().contains(certificate)) {
				// trusted, but wrong in itself (expired, other host): no answer can make it right
				throw new LiveConnectionException("the server certificate of " + endpoint.getEndpointUrl()
						+ " is invalid: " + e.getStatusCode() + " " + e.getMessage(), e);
			}
		}
		String thumbprint = Thumbprints.of(certificate);
		TrustDecision decision = serverTrust.decide(new UntrustedCertificate(endpoint.getEndpointUrl(), thumbprint,
				certificate.getSubjectX500Principal().getName(), "not in the trust list " + pki.trustedCerts(),
				certificate));
		switch (decision) {
		case REJECT -> throw new UntrustedServerException("the server certificate of " + endpoint.getEndpointUrl()
				+ " (SHA-256 " + thumbprint + ") is not trusted; it was put in " + pki.rejected()
				+ ". Compare the thumbprint with the server's, then trust it (--trust " + thumbprint
				+ ") or move it to " + pki.trustedCerts(), thumbprint);
		case TRUST_ONCE -> trustList.trustOnce(certificate);
		case TRUST_ALWAYS -> {
			trustList.addTrustedCertificate(certificate);
			quarantine.removeRejectedCertificate(certificate);
		}
		}
		try {
			validate(endpoint, chain);
		} catch (UaException e) {
			throw new LiveConnectionException("the server certificate of " + endpoint.getEndpointUrl()
					+ " is invalid even when trusted: " + e.getMessage(), e);
		}
	}

	private void validate(EndpointDescription endpoint, List<X509Certificate> chain) throws UaException {
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
