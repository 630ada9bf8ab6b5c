// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.twinworks.core.persistence.AtomicFileWriter;
import org.twinworks.sparkplug.mqtt.BrokerTrust;
import org.twinworks.sparkplug.mqtt.UntrustedBrokerException;

/**
 * The MQTT brokers' corner of our PKI, kept apart from the OPC UA servers' (a broker's CA must not vouch for OPC UA
 * servers): {@code <pki>/brokers/trusted/certs} holds the certificates (CAs or brokers' own) we trust, and a
 * refused broker certificate is put in {@code <pki>/brokers/rejected}, named by its thumbprint, for the operator to
 * check and move to trusted, as {@link ServerTrust} does for servers.
 */
public final class BrokerPki {
	private static final Logger LOG = LoggerFactory.getLogger(BrokerPki.class);

	private BrokerPki() {
	}

	public static Path trustedDirectory(Path pki) {
		return pki.resolve("brokers").resolve("trusted").resolve("certs");
	}

	public static Path rejectedDirectory(Path pki) {
		return pki.resolve("brokers").resolve("rejected");
	}

	/**
	 * The certificates in the trusted directory as the trust list; the JVM's CA store when there are none (a broker
	 * with a publicly issued certificate). A file that is not a certificate is skipped with a warning naming it.
	 */
	public static BrokerTrust trust(Path pki) {
		Path directory = trustedDirectory(pki);
		if (!Files.isDirectory(directory)) {
			return BrokerTrust.systemDefault();
		}
		List<X509Certificate> anchors = new ArrayList<>();
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				try {
					anchors.addAll(BrokerTrust.readCertificates(file));
				} catch (IOException e) {
					LOG.warn("broker trust list: skipping {}", e.getMessage());
				}
			}
		} catch (IOException e) {
			LOG.warn("broker trust list {} unreadable: {}", directory, e.toString());
		}
		return anchors.isEmpty() ? BrokerTrust.systemDefault() : BrokerTrust.trustList(anchors);
	}

	/**
	 * Adds {@code certificate} to the trust list as {@code <thumbprint>.der} and takes it out of the rejected ones
	 * (the user trusted it always); returns the file.
	 */
	public static Path trustAlways(Path pki, X509Certificate certificate) throws IOException {
		String thumbprint = BrokerTrust.thumbprint(certificate);
		Path file = trustedDirectory(pki).resolve(thumbprint + ".der");
		Files.createDirectories(file.getParent());
		AtomicFileWriter.writeWithoutBackup(file, out -> out.write(encoded(certificate, thumbprint)));
		Files.deleteIfExists(rejectedDirectory(pki).resolve(thumbprint + ".der"));
		return file;
	}

	/**
	 * Keeps the refused certificate as {@code <thumbprint>.der} in the rejected directory; returns that file, or
	 * null when the exception carries no certificate.
	 */
	public static @Nullable Path reject(Path pki, UntrustedBrokerException refused) throws IOException {
		X509Certificate certificate = refused.certificate();
		if (certificate == null) {
			return null;
		}
		Path file = rejectedDirectory(pki).resolve(refused.thumbprint() + ".der");
		Files.createDirectories(file.getParent());
		byte[] encoded = encoded(certificate, refused.thumbprint());
		AtomicFileWriter.writeWithoutBackup(file, out -> out.write(encoded));
		return file;
	}

	private static byte[] encoded(X509Certificate certificate, String thumbprint) throws IOException {
		try {
			return certificate.getEncoded();
		} catch (CertificateEncodingException e) {
			throw new IOException("cannot encode the certificate " + thumbprint, e);
		}
	}
}
