// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.security.cert.X509Certificate;

/** A server certificate that failed validation, as shown to whoever decides about it. */
public record UntrustedCertificate(String endpointUrl, String thumbprint, String subject, String reason,
		X509Certificate certificate) {
}
