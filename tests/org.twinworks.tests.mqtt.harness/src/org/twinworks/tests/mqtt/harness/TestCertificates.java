// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.tests.mqtt.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A throw-away CA and a server certificate it signed for 127.0.0.1 and localhost (EC P-256, two days), made with the
 * openssl command line tool in a temporary folder.
 */
public record TestCertificates(Path caCertificate, Path serverCertificate, Path serverKey) {

	public static TestCertificates generate(String caName) throws IOException, InterruptedException {
		Path dir = Files.createTempDirectory("twinworks-test-pki");
		Path caKey = dir.resolve("ca.key");
		Path caCert = dir.resolve("ca.crt");
		Path key = dir.resolve("server.key");
		Path csr = dir.resolve("server.csr");
		Path cert = dir.resolve("server.crt");
		Path ext = dir.resolve("server.ext");
		Files.writeString(ext,
				"subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
						+ "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n",
				StandardCharsets.UTF_8);
		openssl(dir, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
				caKey.toString(), "-out", caCert.toString(), "-days", "2", "-subj", "/CN=" + caName);
		openssl(dir, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", key.toString(),
				"-out", csr.toString(), "-subj", "/CN=127.0.0.1");
		openssl(dir, "x509", "-req", "-in", csr.toString(), "-CA", caCert.toString(), "-CAkey", caKey.toString(),
				"-CAcreateserial", "-out", cert.toString(), "-days", "2", "-extfile", ext.toString());
		return new TestCertificates(caCert, cert, key);
	}

	private static void openssl(Path dir, String... args) throws IOException, InterruptedException {
		List<String> command = new java.util.ArrayList<>();
		command.add("openssl");
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IOException("openssl " + String.join(" ", args) + " failed: " + output);
		}
	}
}
