// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.preferences;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.ILog;

/**
 * A certificate file in one of our PKI folders (trusted/certs, rejected). The live core's trust list reads these
 * folders on each validation, so moving a file is all that trusting or distrusting a server takes.
 */
record StoredCertificate(Path file, X509Certificate certificate) {

	/** The certificates in {@code folder}, by file name; a file that is no certificate is logged and left out. */
	static List<StoredCertificate> in(Path folder) {
		List<StoredCertificate> found = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return found;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Files::isRegularFile)) {
			CertificateFactory factory = CertificateFactory.getInstance("X.509");
			for (Path file : files) {
				try (InputStream in = Files.newInputStream(file)) {
					found.add(new StoredCertificate(file, (X509Certificate) factory.generateCertificate(in)));
				} catch (IOException | CertificateException | ClassCastException e) {
					ILog.of(StoredCertificate.class)
							.warn("Not a certificate, left out: " + file + ": " + e.getMessage());
				}
			}
		} catch (IOException | CertificateException e) {
			ILog.of(StoredCertificate.class).warn("Cannot list " + folder + ": " + e.getMessage());
		}
		found.sort(Comparator.comparing(c -> c.file().getFileName().toString()));
		return found;
	}

	/** Moves this certificate into {@code folder} (made if missing), replacing a file of the same name. */
	StoredCertificate moveTo(Path folder) throws IOException {
		Files.createDirectories(folder);
		Path target = folder.resolve(file.getFileName());
		Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
		return new StoredCertificate(target, certificate);
	}

	void delete() throws IOException {
		Files.deleteIfExists(file);
	}
}
