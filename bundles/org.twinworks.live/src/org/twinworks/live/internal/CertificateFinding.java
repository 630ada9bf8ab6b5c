// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import org.twinworks.live.CertificateProblem;

/** One thing wrong with a server certificate, and the sentence that tells the user what and what to do. */
public record CertificateFinding(CertificateProblem problem, String text) {
}
