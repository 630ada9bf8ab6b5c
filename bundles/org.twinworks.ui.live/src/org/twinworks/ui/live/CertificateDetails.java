// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.twinworks.live.Thumbprints;

/** What a person needs to judge a certificate, in the order they read it; shared by the dialogs and preferences. */
public final class CertificateDetails {
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	private CertificateDetails() {
	}

	/** Subject, issuer, application URI, validity, SHA-256 thumbprint, serial number. */
	public static Map<String, String> of(X509Certificate certificate) {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("Subject", certificate.getSubjectX500Principal().getName());
		details.put("Issuer", certificate.getIssuerX500Principal().getName());
		details.put("Application URI", CertificateTrustDialog.applicationUri(certificate));
		details.put("Valid", validity(certificate));
		details.put("SHA-256", Thumbprints.of(certificate));
		details.put("Serial number", certificate.getSerialNumber().toString(16));
		return details;
	}

	/** One "name: value" line each. */
	public static String text(X509Certificate certificate) {
		StringBuilder text = new StringBuilder();
		of(certificate).forEach((name, value) -> text.append(name).append(": ").append(value).append('\n'));
		return text.toString();
	}

	/** "from  to  until", with "(expired)" or "(not yet valid)" when so. */
	public static String validity(X509Certificate certificate) {
		Instant from = certificate.getNotBefore().toInstant();
		Instant to = certificate.getNotAfter().toInstant();
		Instant now = Instant.now();
		String state = now.isAfter(to) ? "  (expired)" : now.isBefore(from) ? "  (not yet valid)" : "";
		return DATE.format(from) + "  to  " + DATE.format(to) + state;
	}

	public static String date(Instant instant) {
		return DATE.format(instant);
	}
}
