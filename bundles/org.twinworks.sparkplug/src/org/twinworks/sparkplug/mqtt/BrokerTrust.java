// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which broker certificates we accept: a chain that validates (PKIX) against our trust list (or, by default, the
 * JVM's CA store), or a leaf certificate whose SHA-256 thumbprint the operator pinned after checking it out of band.
 * Anything else is refused, as for OPC UA servers; the host name is checked by the TLS layer in both cases.
 */
public final class BrokerTrust {

	private final @Nullable KeyStore anchors;
	private final Set<String> pinned;

	private BrokerTrust(@Nullable KeyStore anchors, Set<String> pinned) {
		this.anchors = anchors;
		this.pinned = Set.copyOf(pinned);
	}

	/** The JVM's default CA store (a broker with a publicly issued certificate). */
	public static BrokerTrust systemDefault() {
		return new BrokerTrust(null, Set.of());
	}

	/** Exactly these certificates as trust anchors (a site CA, or a broker's self-signed certificate). */
	public static BrokerTrust trustList(Collection<X509Certificate> certificates) {
		try {
			KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
			store.load(null, null);
			int i = 0;
			for (X509Certificate certificate : certificates) {
				store.setCertificateEntry("anchor-" + i++, certificate);
			}
			return new BrokerTrust(store, Set.of());
		} catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException("cannot build an in-memory trust store", e);
		}
	}

	/** The certificates of a PEM file as trust anchors; the error names the file. */
	public static BrokerTrust trustListFromPem(Path pemFile) throws IOException {
		return trustList(readCertificates(pemFile));
	}

	/** Reads every certificate in a PEM or DER file. */
	public static List<X509Certificate> readCertificates(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			Collection<? extends Certificate> read = CertificateFactory.getInstance("X.509").generateCertificates(in);
			if (read.isEmpty()) {
				throw new IOException(file + ": no certificate in the file");
			}
			return read.stream().map(X509Certificate.class::cast).toList();
		} catch (CertificateException e) {
			throw new IOException(file + ": not a PEM or DER certificate file: " + e.getMessage(), e);
		}
	}

	/** This trust plus a pinned leaf certificate (SHA-256 thumbprint, hex; colons, spaces and case ignored). */
	public BrokerTrust pin(String thumbprint) {
		String normalized = normalize(thumbprint);
		if (!normalized.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("'" + thumbprint + "' is not a SHA-256 thumbprint (64 hex digits)");
		}
		Set<String> all = new LinkedHashSet<>(pinned);
		all.add(normalized);
		return new BrokerTrust(anchors, all);
	}

	public static String thumbprint(X509Certificate certificate) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
		} catch (NoSuchAlgorithmException | CertificateEncodingException e) {
			throw new IllegalStateException("cannot hash a certificate", e);
		}
	}

	static String normalize(String thumbprint) {
		return thumbprint.replace(":", "").replace(" ", "").toLowerCase(Locale.ROOT);
	}

	@Nullable
	KeyStore anchors() {
		return anchors;
	}

	boolean isPinned(X509Certificate leaf) {
		return pinned.contains(thumbprint(leaf));
	}
}
