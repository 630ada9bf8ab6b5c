// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Period;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

/**
 * Our application instance certificate, made on first use in {@code <pki>/own} and kept, so that servers that
 * trusted it once keep trusting it. Made anew only when missing, expired or no longer naming this host.
 */
public record ApplicationIdentity(KeyPair keyPair, X509Certificate certificate, String applicationUri) {
	private static final String CERTIFICATE_FILE = "twinworks-client.der";
	private static final String KEY_FILE = "twinworks-client.key";

	public static synchronized ApplicationIdentity loadOrCreate(PkiDirectories pki) throws IOException {
		String host = localHostName();
		String applicationUri = "urn:" + host + ":twinworks";
		List<String> hosts = List.copyOf(new LinkedHashSet<>(List.of(host, "localhost", "127.0.0.1")));
		Path certificateFile = pki.own().resolve(CERTIFICATE_FILE);
		Path keyFile = pki.own().resolve(KEY_FILE);
		try {
			if (Files.isRegularFile(certificateFile) && Files.isRegularFile(keyFile)) {
				ApplicationIdentity stored = read(certificateFile, keyFile, applicationUri);
				if (stored.fits(hosts)) {
					return stored;
				}
			}
			ApplicationIdentity created = create(applicationUri, hosts);
			write(keyFile, created.keyPair().getPrivate().getEncoded(), true);
			write(certificateFile, created.certificate().getEncoded(), false);
			return created;
		} catch (IOException e) {
			throw e;
		} catch (Exception e) {
			throw new IOException("cannot make the application certificate in " + pki.own() + ": " + e.getMessage(), e);
		}
	}

	private boolean fits(List<String> hosts) {
		try {
			certificate.checkValidity();
			Collection<List<?>> names = certificate.getSubjectAlternativeNames();
			Set<String> san = names == null
					? Set.of()
					: names.stream().map(n -> String.valueOf(n.get(1))).collect(Collectors.toSet());
			return san.contains(applicationUri) && san.containsAll(hosts);
		} catch (Exception e) {
			return false;
		}
	}

	private static ApplicationIdentity create(String applicationUri, List<String> hosts) throws Exception {
		KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
		SelfSignedCertificateBuilder builder = new SelfSignedCertificateBuilder(keyPair).setCommonName("Twinworks")
				.setOrganization("Twinworks").setApplicationUri(applicationUri).setValidityPeriod(Period.ofYears(5));
		for (String host : hosts) {
			if (host.matches("[0-9.]+") || host.contains(":")) {
				builder.addIpAddress(host);
			} else {
				builder.addDnsName(host);
			}
		}
		return new ApplicationIdentity(keyPair, builder.build(), applicationUri);
	}

	private static ApplicationIdentity read(Path certificateFile, Path keyFile, String applicationUri)
			throws Exception {
		X509Certificate certificate;
		try (InputStream in = Files.newInputStream(certificateFile)) {
			certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
		}
		PrivateKey key = KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(keyFile)));
		return new ApplicationIdentity(new KeyPair(certificate.getPublicKey(), key), certificate, applicationUri);
	}

	private static void write(Path file, byte[] content, boolean secret) throws IOException {
		Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
		if (secret && temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
		}
		Files.write(temporary, content);
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	static String localHostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (IOException e) {
			return "localhost";
		}
	}
}
