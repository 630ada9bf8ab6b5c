// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Period;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;

/**
 * The server's application instance certificate, self-signed, kept in {@code <pki>/own} so that clients that
 * trusted it once keep trusting it. It is made anew only when missing, expired, or when it no longer names the
 * application URI and every host the server is reached by.
 */
public record ServerIdentity(KeyPair keyPair, X509Certificate certificate) {
	private static final String CERTIFICATE_FILE = "sim-server.der";
	private static final String KEY_FILE = "sim-server.key";

	public static ServerIdentity loadOrCreate(Path pkiDirectory, String applicationUri, List<String> hosts)
			throws Exception {
		Path own = pkiDirectory.resolve("own");
		Files.createDirectories(own);
		restrictToOwner(pkiDirectory, "rwx------");
		Path certificateFile = own.resolve(CERTIFICATE_FILE);
		Path keyFile = own.resolve(KEY_FILE);
		if (Files.isRegularFile(certificateFile) && Files.isRegularFile(keyFile)) {
			ServerIdentity stored = read(certificateFile, keyFile);
			if (stored.fits(applicationUri, hosts)) {
				return stored;
			}
		}
		ServerIdentity created = create(applicationUri, hosts);
		write(keyFile, created.keyPair().getPrivate().getEncoded(), true);
		write(certificateFile, created.certificate().getEncoded(), false);
		return created;
	}

	/** SHA-256 of the DER certificate as colon-separated hex: what an operator compares out of band. */
	public String thumbprint() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
		} catch (Exception e) {
			throw new IllegalStateException("cannot hash the server certificate", e);
		}
	}

	private boolean fits(String applicationUri, List<String> hosts) {
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

	private static ServerIdentity create(String applicationUri, List<String> hosts) throws Exception {
		KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
		SelfSignedCertificateBuilder builder = new SelfSignedCertificateBuilder(keyPair)
				.setCommonName("Twinworks virtual plant").setOrganization("Twinworks").setApplicationUri(applicationUri)
				.setValidityPeriod(Period.ofYears(5));
		for (String host : hosts) {
			if (host.matches("[0-9.]+") || host.contains(":")) {
				builder.addIpAddress(host);
			} else {
				builder.addDnsName(host);
			}
		}
		return new ServerIdentity(keyPair, builder.build());
	}

	private static ServerIdentity read(Path certificateFile, Path keyFile) throws Exception {
		X509Certificate certificate;
		try (InputStream in = Files.newInputStream(certificateFile)) {
			certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
		}
		PrivateKey key = KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(keyFile)));
		return new ServerIdentity(new KeyPair(certificate.getPublicKey(), key), certificate);
	}

	private static void write(Path file, byte[] content, boolean secret) throws IOException {
		Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
		if (secret) {
			restrictToOwner(temporary, "rw-------");
		}
		Files.write(temporary, content);
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void restrictToOwner(Path path, String permissions) throws IOException {
		if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
	}
}
