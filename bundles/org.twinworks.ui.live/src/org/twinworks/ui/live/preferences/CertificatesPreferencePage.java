// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.preferences;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.twinworks.live.LivePki;
import org.twinworks.ui.live.CertificateDetails;
import org.twinworks.ui.live.LiveConnections;

/**
 * Window > Preferences > Twinworks > Certificates: our application instance certificate (what servers must
 * trust), the server certificates we trust and those we rejected, with their details. A rejected certificate can
 * be trusted (moved to trusted/certs), a trusted one removed after a confirmation. Changes take effect at once:
 * they are file moves in the workspace's PKI folder, which the trust list reads on each connection.
 */
public final class CertificatesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
	public static final String ID = "org.twinworks.ui.preferences.certificates";
	public static final String TRUST = "Trust";
	public static final String REMOVE = "Remove…";
	public static final String DELETE = "Delete…";
	public static final String REMOVE_TITLE = "Remove Trusted Certificate";

	private Path pki;
	private Text own;
	private CertificateTable trusted;
	private CertificateTable rejected;
	private Text details;

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
		pki = LiveConnections.get().pkiDirectory();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(area);
		Group ownGroup = new Group(area, SWT.NONE);
		ownGroup.setText("Our application instance certificate (servers must trust it)");
		GridLayoutFactory.swtDefaults().applyTo(ownGroup);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(ownGroup);
		own = new Text(ownGroup, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(own);
		own.setText(ownCertificate());
		trusted = new CertificateTable(area, "Trusted server certificates", LivePki.trustedDirectory(pki));
		trusted.button(REMOVE, this::remove);
		rejected = new CertificateTable(area, "Rejected server certificates", LivePki.rejectedDirectory(pki));
		rejected.button(TRUST, this::trust);
		rejected.button(DELETE, c -> delete(c));
		details = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, 100).applyTo(details);
		for (CertificateTable table : List.of(trusted, rejected)) {
			table.viewer().addSelectionChangedListener(e -> showDetails((IStructuredSelection) e.getSelection()));
		}
		return area;
	}

	private String ownCertificate() {
		try {
			X509Certificate certificate = LivePki.applicationCertificate(pki);
			return CertificateDetails.text(certificate) + "PKI folder: " + pki;
		} catch (IOException e) {
			return "Cannot read or make our certificate in " + pki + ": " + e.getMessage();
		}
	}

	private void showDetails(IStructuredSelection selection) {
		if (selection.getFirstElement() instanceof StoredCertificate c) {
			details.setText(CertificateDetails.text(c.certificate()) + "File: " + c.file());
		}
	}

	private void trust(StoredCertificate certificate) {
		try {
			certificate.moveTo(trusted.folder());
		} catch (IOException e) {
			setErrorMessage("Cannot trust " + certificate.file().getFileName() + ": " + e.getMessage());
		}
		reload();
	}

	private void remove(StoredCertificate certificate) {
		if (!MessageDialog.openConfirm(getShell(), REMOVE_TITLE,
				"Stop trusting " + certificate.certificate().getSubjectX500Principal().getName()
						+ "?\nThe next connection to that " + "server will ask about its certificate again.")) {
			return;
		}
		try {
			certificate.delete();
		} catch (IOException e) {
			setErrorMessage("Cannot remove " + certificate.file().getFileName() + ": " + e.getMessage());
		}
		reload();
	}

	private void delete(StoredCertificate certificate) {
		if (MessageDialog.openConfirm(getShell(), "Delete Rejected Certificate",
				"Delete " + certificate.file().getFileName() + " from the rejected certificates?")) {
			try {
				certificate.delete();
			} catch (IOException e) {
				setErrorMessage("Cannot delete " + certificate.file().getFileName() + ": " + e.getMessage());
			}
			reload();
		}
	}

	/** Re-reads both folders (the live core may have rejected a certificate since). */
	public void reload() {
		trusted.reload();
		rejected.reload();
		details.setText("");
	}

	/** The certificates listed, as files (tests). */
	public List<Path> trustedFiles() {
		return files(trusted);
	}

	public List<Path> rejectedFiles() {
		return files(rejected);
	}

	/** Selects a listed certificate by file, as a click would (tests). */
	public void select(Path file, boolean inTrusted) {
		CertificateTable table = inTrusted ? trusted : rejected;
		for (int i = 0; i < table.viewer().getTable().getItemCount(); i++) {
			Object element = table.viewer().getElementAt(i);
			if (((StoredCertificate) element).file().equals(file)) {
				table.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(element), true);
				return;
			}
		}
		throw new IllegalArgumentException(file + " is not listed");
	}

	public String ownCertificateText() {
		return own.getText();
	}

	public String detailsText() {
		return details.getText();
	}

	private static List<Path> files(CertificateTable table) {
		return java.util.Arrays.stream(table.viewer().getTable().getItems())
				.map(item -> ((StoredCertificate) item.getData()).file()).toList();
	}
}
