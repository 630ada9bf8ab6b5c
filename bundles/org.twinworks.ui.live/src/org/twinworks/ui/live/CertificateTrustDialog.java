// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.twinworks.live.TrustDecision;
import org.twinworks.live.UntrustedCertificate;

/**
 * Shows an unknown server certificate (subject, issuer, application URI, validity, SHA-256 thumbprint) and
 * asks: reject, trust once or trust always. Reject is the default button and closing the window rejects, so
 * nothing is trusted by accident. It does not block: the answer goes to a callback.
 */
public final class CertificateTrustDialog extends Dialog {
	public static final String TITLE = "Untrusted Server Certificate";
	public static final String REJECT = "Reject";
	public static final String TRUST_ONCE = "Trust Once";
	public static final String TRUST_ALWAYS = "Trust Always";
	private static final int ONCE_ID = IDialogConstants.CLIENT_ID + 1;
	private static final int ALWAYS_ID = IDialogConstants.CLIENT_ID + 2;
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	private final UntrustedCertificate certificate;
	private final Consumer<TrustDecision> answer;
	private TrustDecision decision = TrustDecision.REJECT;

	CertificateTrustDialog(Shell parent, UntrustedCertificate certificate, Consumer<TrustDecision> answer) {
		super(parent);
		this.certificate = certificate;
		this.answer = answer;
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
		// whatever closes the window, the job waiting for an answer gets one
		shell.addDisposeListener(e -> answer.accept(decision));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label intro = new Label(area, SWT.WRAP);
		// a Sparkplug B endpoint's MQTT broker is asked about as an OPC UA server is
		String peer = certificate.endpointUrl().startsWith("mqtt") ? "broker" : "server";
		intro.setText("The " + peer + " at " + certificate.endpointUrl()
				+ " presented a certificate that is not in the trust list. Compare its thumbprint with the one the "
				+ peer + "'s administrator gives you before trusting it.");
		GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		introData.widthHint = 560;
		intro.setLayoutData(introData);
		X509Certificate x509 = certificate.certificate();
		row(area, "Subject", x509.getSubjectX500Principal().getName());
		row(area, "Issuer", x509.getIssuerX500Principal().getName());
		row(area, "Application URI", applicationUri(x509));
		row(area, "Valid",
				DATE.format(x509.getNotBefore().toInstant()) + "  to  " + DATE.format(x509.getNotAfter().toInstant()));
		row(area, "SHA-256", certificate.thumbprint());
		row(area, "Reason", certificate.reason());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CANCEL_ID, REJECT, true);
		createButton(parent, ONCE_ID, TRUST_ONCE, false);
		createButton(parent, ALWAYS_ID, TRUST_ALWAYS, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		decision = buttonId == ONCE_ID
				? TrustDecision.TRUST_ONCE
				: buttonId == ALWAYS_ID ? TrustDecision.TRUST_ALWAYS : TrustDecision.REJECT;
		close();
	}

	private static void row(Composite area, String name, String value) {
		new Label(area, SWT.NONE).setText(name + ":");
		Text text = new Text(area, SWT.READ_ONLY | SWT.WRAP);
		text.setText(value == null ? "" : value);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	/** The URI entry of the subject alternative names: what the server claims to be. */
	static String applicationUri(X509Certificate x509) {
		try {
			Collection<List<?>> names = x509.getSubjectAlternativeNames();
			if (names != null) {
				for (List<?> name : names) {
					if (Integer.valueOf(6).equals(name.get(0))) {
						return String.valueOf(name.get(1));
					}
				}
			}
		} catch (CertificateParsingException e) {
			return "(unreadable: " + e.getMessage() + ")";
		}
		return "(none)";
	}
}
