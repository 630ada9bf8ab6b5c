// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.views;

import java.security.cert.X509Certificate;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.twinworks.ui.live.CertificateDetails;

/** The certificate the connected server presented, read-only and selectable, so its thumbprint can be compared. */
final class ServerCertificateDialog extends Dialog {
	static final String TITLE = "Server Certificate";

	private final String endpoint;
	private final X509Certificate certificate;
	private Text details;

	ServerCertificateDialog(Shell parent, String endpoint, X509Certificate certificate) {
		super(parent);
		this.endpoint = endpoint;
		this.certificate = certificate;
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE + " — " + endpoint);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		details = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
		details.setText(CertificateDetails.text(certificate));
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 620;
		details.setLayoutData(data);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	String detailsText() {
		return details.getText();
	}
}
