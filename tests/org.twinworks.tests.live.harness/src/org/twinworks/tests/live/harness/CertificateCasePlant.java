// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.tests.live.harness;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.twinworks.live.LivePki;
import org.twinworks.live.Thumbprints;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.TestCertificates.Issued;
import org.twinworks.tests.live.harness.TestCertificates.Spec;

/**
 * A virtual plant on 127.0.0.1 presenting the certificate of one {@link CertificateCase}, and a client PKI set up
 * as the case needs (the server's certificate, or its CA and CRL, in trusted/). The plant trusts the client, so
 * the controls connect. A second client PKI leaves a self-signed certificate out of its trust list (a CA and its
 * CRL stay): that client is asked about it instead, as a user who would trust anything.
 */
public final class CertificateCasePlant implements AutoCloseable {
	private final TestPlant plant;
	private final VirtualPlant sim;
	private final Path clientPki;
	private final Path askingPki;
	private final X509Certificate served;

	private CertificateCasePlant(TestPlant plant, VirtualPlant sim, Path clientPki, Path askingPki,
			X509Certificate served) {
		this.plant = plant;
		this.sim = sim;
		this.clientPki = clientPki;
		this.askingPki = askingPki;
		this.served = served;
	}

	/**
	 * Starts the plant of {@code kind} in {@code directory} (one directory per plant), trusting also the clients
	 * of {@code otherClientPkis} (e.g. the workbench's).
	 */
	public static CertificateCasePlant start(CertificateCase kind, Path directory, Path... otherClientPkis)
			throws Exception {
		Path clientPki = directory.resolve("client-pki");
		Path askingPki = directory.resolve("asking-client-pki");
		List<X509Certificate> trusted = new ArrayList<>();
		List<X509CRL> crls = new ArrayList<>();
		Issued served = served(kind, trusted, crls);
		LivePki.applicationCertificate(askingPki);
		write(LivePki.trustedDirectory(askingPki), trusted, crls);
		if (trusted.isEmpty() && kind != CertificateCase.UNTRUSTED && kind != CertificateCase.ISSUER_MISSING) {
			trusted.add(served.certificate());
		}
		LivePki.applicationCertificate(clientPki);
		write(LivePki.trustedDirectory(clientPki), trusted, crls);
		TestPlant plant = TestPlant.in(directory).trustClientOf(clientPki).trustClientOf(askingPki)
				.configure(config -> config.serverCertificate(served.keyPair(), served.certificate()));
		for (Path other : otherClientPkis) {
			plant.trustClientOf(other);
		}
		return new CertificateCasePlant(plant, plant.start(), clientPki, askingPki, served.certificate());
	}

	/** The case's certificate; its CA (if any) and the CA's CRL go into {@code trusted} and {@code crls}. */
	private static Issued served(CertificateCase kind, List<X509Certificate> trusted, List<X509CRL> crls)
			throws Exception {
		Spec good = Spec.good(applicationUri(), List.of("localhost", "127.0.0.1", localHostName()));
		Instant now = Instant.now();
		Issued issued = switch (kind) {
		case VALID, UNTRUSTED -> TestCertificates.selfSigned(good);
		case EXPIRED ->
			TestCertificates.selfSigned(good.validity(now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1))));
		case NOT_YET_VALID ->
			TestCertificates.selfSigned(good.validity(now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(400))));
		case WRONG_APPLICATION_URI -> TestCertificates.selfSigned(good.uri("urn:elsewhere:not-this-server"));
		case WRONG_HOST_NAME ->
			TestCertificates.selfSigned(good.hosts(List.of("plant-elsewhere.invalid", "127.0.0.2")));
		case KEY_TOO_SHORT -> TestCertificates.selfSigned(good.keyBits(1024));
		case SHA1_SIGNED -> TestCertificates.selfSigned(good.signedWith("SHA1withRSA"));
		case VALID_CA_ISSUED, REVOKED_BY_CRL -> {
			Issued authority = TestCertificates.authority("Plant test CA");
			Issued leaf = TestCertificates.issuedBy(authority, good);
			trusted.add(authority.certificate());
			crls.add(kind == CertificateCase.REVOKED_BY_CRL
					? TestCertificates.crl(authority, leaf.certificate())
					: TestCertificates.crl(authority));
			yield leaf;
		}
		case CA_WITHOUT_CRL -> {
			Issued authority = TestCertificates.authority("Plant test CA without a CRL");
			trusted.add(authority.certificate());
			yield TestCertificates.issuedBy(authority, good);
		}
		case ISSUER_MISSING -> TestCertificates.issuedBy(TestCertificates.authority("Unknown test CA"), good);
		};
		return issued;
	}

	private static void write(Path trustedCerts, List<X509Certificate> certificates, List<X509CRL> crls)
			throws Exception {
		Files.createDirectories(trustedCerts);
		for (int i = 0; i < certificates.size(); i++) {
			Files.write(trustedCerts.resolve("case-" + i + ".der"), certificates.get(i).getEncoded());
		}
		Path crlFolder = trustedCerts.resolveSibling("crl");
		Files.createDirectories(crlFolder);
		for (int i = 0; i < crls.size(); i++) {
			Files.write(crlFolder.resolve("case-" + i + ".crl"), crls.get(i).getEncoded());
		}
	}

	/** The application URI the virtual plant describes itself with (VirtualPlant: urn:host:twinworks:sim). */
	private static String applicationUri() {
		return "urn:" + localHostName() + ":twinworks:sim";
	}

	private static String localHostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (IOException e) {
			return "localhost";
		}
	}

	public VirtualPlant sim() {
		return sim;
	}

	public TestPlant plant() {
		return plant;
	}

	/** The client PKI set up for the case: the server's certificate (or its CA and CRL) in trusted/. */
	public Path clientPki() {
		return clientPki;
	}

	/** A client PKI without the server's own certificate (a CA and its CRL are there): the client is asked. */
	public Path askingClientPki() {
		return askingPki;
	}

	/**
	 * Copies what the case puts in its client's trust list (certificate, or CA and CRL) into another client's PKI,
	 * e.g. the workbench's; returns the files written, for the caller to delete.
	 */
	public List<Path> installTrustIn(Path pki) throws IOException {
		List<Path> written = new ArrayList<>();
		Path from = LivePki.trustedDirectory(clientPki);
		Path to = LivePki.trustedDirectory(pki);
		for (Path folder : List.of(from, from.resolveSibling("crl"))) {
			Path target = to.resolveSibling(folder.getFileName().toString());
			Files.createDirectories(target);
			try (var files = Files.list(folder)) {
				for (Path file : files.filter(f -> f.getFileName().toString().startsWith("case-")).toList()) {
					Path copy = target.resolve("matrix-" + file.getFileName());
					Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
					written.add(copy);
				}
			}
		}
		return written;
	}

	/** SHA-256 thumbprint of the certificate the plant presents. */
	public String thumbprint() {
		return Thumbprints.of(served);
	}

	@Override
	public void close() {
		plant.close();
	}
}
