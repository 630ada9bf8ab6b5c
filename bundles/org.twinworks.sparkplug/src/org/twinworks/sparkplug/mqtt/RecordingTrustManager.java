// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.mqtt;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.ManagerFactoryParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.TrustManagerFactorySpi;
import javax.net.ssl.X509TrustManager;

import org.jspecify.annotations.Nullable;

/**
 * Applies a {@link BrokerTrust} in the TLS handshake and remembers the certificate it refused, so the connection
 * can say which certificate and thumbprint (the TLS layer's own error says only "certificate_unknown").
 */
final class RecordingTrustManager implements X509TrustManager {

	private final BrokerTrust trust;
	private final X509TrustManager pkix;
	private final boolean hasAnchors;
	private volatile @Nullable X509Certificate refused;

	RecordingTrustManager(BrokerTrust trust) {
		this.trust = trust;
		try {
			this.hasAnchors = trust.anchors() == null || trust.anchors().size() > 0;
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(trust.anchors());
			this.pkix = (X509TrustManager) factory.getTrustManagers()[0];
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot build the PKIX trust manager", e);
		}
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		try {
			if (!hasAnchors) {
				// PKIX cannot even start without an anchor: only a pinned certificate can pass
				throw new CertificateException("no trust anchors; the certificate is not pinned");
			}
			pkix.checkServerTrusted(chain, authType);
		} catch (CertificateException e) {
			if (chain.length > 0 && trust.isPinned(chain[0])) {
				return;
			}
			refused = chain.length > 0 ? chain[0] : null;
			throw e;
		}
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		throw new CertificateException("a broker connection never authenticates clients");
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return pkix.getAcceptedIssuers();
	}

	/** The last leaf certificate refused, or null. */
	@Nullable
	X509Certificate refused() {
		return refused;
	}

	/** A factory handing out this manager, as the HiveMQ client's TLS configuration wants one. */
	TrustManagerFactory asFactory() {
		TrustManager[] managers = {this};
		TrustManagerFactorySpi spi = new TrustManagerFactorySpi() {
			@Override
			protected void engineInit(@Nullable KeyStore keyStore) {
			}

			@Override
			protected void engineInit(@Nullable ManagerFactoryParameters parameters) {
			}

			@Override
			protected TrustManager[] engineGetTrustManagers() {
				return managers.clone();
			}
		};
		return new TrustManagerFactory(spi, new Provider("TwinworksBrokerTrust", "1.0", "broker trust") {
			private static final long serialVersionUID = 1L;
		}, "TwinworksBrokerTrust") {
		};
	}
}
