// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.util.List;

/**
 * The server's certificate is wrong in itself (expired, revoked, too weak, not this server's): refused without
 * asking anyone, since no trust decision can make it right. The message names every problem found.
 */
public class RefusedCertificateException extends LiveConnectionException {
	private static final long serialVersionUID = 1L;
	private final List<CertificateProblem> problems;
	private final String thumbprint;

	public RefusedCertificateException(String message, List<CertificateProblem> problems, String thumbprint) {
		super(message);
		this.problems = List.copyOf(problems);
		this.thumbprint = thumbprint;
	}

	/** What is wrong, the most serious first; never empty. */
	public List<CertificateProblem> problems() {
		return problems;
	}

	/** SHA-256 thumbprint of the refused certificate, colon-separated hex. */
	public String thumbprint() {
		return thumbprint;
	}
}
