// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** SHA-256 thumbprints as the virtual plant prints them: upper-case hex, colon-separated. */
public final class Thumbprints {

	private Thumbprints() {
	}

	public static String of(X509Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
		} catch (NoSuchAlgorithmException | CertificateEncodingException e) {
			throw new IllegalStateException("cannot hash a certificate", e);
		}
	}

	/** Without separators and in upper case, so that pasted thumbprints compare whatever their format. */
	public static String normalize(@Nullable String thumbprint) {
		return thumbprint == null ? "" : thumbprint.replaceAll("[^0-9A-Fa-f]", "").toUpperCase();
	}
}
