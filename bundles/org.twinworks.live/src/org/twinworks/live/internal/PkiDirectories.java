// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** The client PKI layout: own/, trusted/{certs,crl}, issuers/{certs,crl}, rejected/. */
public record PkiDirectories(Path root) {

	public Path own() {
		return root.resolve("own");
	}

	public Path trustedCerts() {
		return root.resolve("trusted").resolve("certs");
	}

	public Path trustedCrl() {
		return root.resolve("trusted").resolve("crl");
	}

	public Path issuerCerts() {
		return root.resolve("issuers").resolve("certs");
	}

	public Path issuerCrl() {
		return root.resolve("issuers").resolve("crl");
	}

	public Path rejected() {
		return root.resolve("rejected");
	}

	public static PkiDirectories create(Path root) throws IOException {
		PkiDirectories pki = new PkiDirectories(root);
		for (Path directory : List.of(pki.own(), pki.trustedCerts(), pki.trustedCrl(), pki.issuerCerts(),
				pki.issuerCrl(), pki.rejected())) {
			Files.createDirectories(directory);
		}
		// the private key lives below: nobody else reads it
		if (root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
		}
		return pki;
	}
}
