// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.internal;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.TrustListManager;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;

/**
 * The file-based trust list plus the certificates trusted once for this session only (TRUST_ONCE), which are
 * never written to disk. Everything else is the file list's.
 */
public final class SessionTrustList implements TrustListManager {
	private final FileBasedTrustListManager files;
	private final List<X509Certificate> onceTrusted = new CopyOnWriteArrayList<>();

	public SessionTrustList(FileBasedTrustListManager files) {
		this.files = files;
	}

	public void trustOnce(X509Certificate certificate) {
		onceTrusted.add(certificate);
	}

	/** A copy that also trusts {@code candidate}, to see whether it would pass if trusted; this one is unchanged. */
	public SessionTrustList alsoTrusting(X509Certificate candidate) {
		SessionTrustList copy = new SessionTrustList(files);
		copy.onceTrusted.addAll(onceTrusted);
		copy.onceTrusted.add(candidate);
		return copy;
	}

	@Override
	public List<X509Certificate> getTrustedCertificates() {
		List<X509Certificate> all = new ArrayList<>(files.getTrustedCertificates());
		all.addAll(onceTrusted);
		return all;
	}

	@Override
	public List<X509CRL> getIssuerCrls() {
		return files.getIssuerCrls();
	}

	@Override
	public List<X509CRL> getTrustedCrls() {
		return files.getTrustedCrls();
	}

	@Override
	public List<X509Certificate> getIssuerCertificates() {
		return files.getIssuerCertificates();
	}

	@Override
	public void setIssuerCrls(List<X509CRL> issuerCrls) {
		files.setIssuerCrls(issuerCrls);
	}

	@Override
	public void setTrustedCrls(List<X509CRL> trustedCrls) {
		files.setTrustedCrls(trustedCrls);
	}

	@Override
	public void setIssuerCertificates(List<X509Certificate> issuerCertificates) {
		files.setIssuerCertificates(issuerCertificates);
	}

	@Override
	public void setTrustedCertificates(List<X509Certificate> trustedCertificates) {
		files.setTrustedCertificates(trustedCertificates);
	}

	@Override
	public void addIssuerCertificate(X509Certificate certificate) {
		files.addIssuerCertificate(certificate);
	}

	@Override
	public void addTrustedCertificate(X509Certificate certificate) {
		files.addTrustedCertificate(certificate);
	}

	@Override
	public boolean removeIssuerCertificate(ByteString thumbprint) {
		return files.removeIssuerCertificate(thumbprint);
	}

	@Override
	public boolean removeTrustedCertificate(ByteString thumbprint) {
		return files.removeTrustedCertificate(thumbprint);
	}

	@Override
	public DateTime getLastUpdateTime() {
		return files.getLastUpdateTime();
	}
}
