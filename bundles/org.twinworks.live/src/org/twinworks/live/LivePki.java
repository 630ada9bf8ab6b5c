// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

import org.twinworks.live.internal.ApplicationIdentity;
import org.twinworks.live.internal.PkiDirectories;

/** Our side of the PKI: the default folder and our application certificate (to hand to a server to trust). */
public final class LivePki {

	private LivePki() {
	}

	public static Path defaultDirectory() {
		return Path.of(System.getProperty("user.home"), ".twinworks", "pki");
	}

	/** Our application instance certificate in {@code directory}, made on first use. */
	public static X509Certificate applicationCertificate(Path directory) throws IOException {
		return ApplicationIdentity.loadOrCreate(PkiDirectories.create(directory)).certificate();
	}

	public static Path rejectedDirectory(Path directory) {
		return new PkiDirectories(directory).rejected();
	}

	public static Path trustedDirectory(Path directory) {
		return new PkiDirectories(directory).trustedCerts();
	}
}
