// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.preferences;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * The trusted and the rejected certificates of one kind of peer (OPC UA servers, MQTT brokers), each a PKI folder
 * shown as a table: a rejected certificate can be trusted (moved to the trusted folder) or deleted, a trusted one
 * removed, each after a confirmation where it takes trust away or deletes.
 */
public final class TrustFolders {
	private final Composite control;
	private final String peer;
	private final CertificateTable trusted;
	private final CertificateTable rejected;
	private final Consumer<String> errors;

	TrustFolders(Composite parent, String peer, Path trustedFolder, Path rejectedFolder, Consumer<String> errors,
			Consumer<StoredCertificate> selected) {
		this.peer = peer;
		this.errors = errors;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(control);
		trusted = new CertificateTable(control, "Trusted " + peer + " certificates", trustedFolder);
		trusted.button(CertificatesPreferencePage.REMOVE, this::remove);
		rejected = new CertificateTable(control, "Rejected " + peer + " certificates", rejectedFolder);
		rejected.button(CertificatesPreferencePage.TRUST, this::trust);
		rejected.button(CertificatesPreferencePage.DELETE, this::delete);
		for (CertificateTable table : List.of(trusted, rejected)) {
			table.viewer().addSelectionChangedListener(e -> {
				if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof StoredCertificate c) {
					selected.accept(c);
				}
			});
		}
	}

	private void trust(StoredCertificate certificate) {
		try {
			certificate.moveTo(trusted.folder());
		} catch (IOException e) {
			errors.accept("Cannot trust " + certificate.file().getFileName() + ": " + e.getMessage());
		}
		reload();
	}

	private void remove(StoredCertificate certificate) {
		if (!MessageDialog.openConfirm(control.getShell(), CertificatesPreferencePage.REMOVE_TITLE,
				"Stop trusting " + certificate.certificate().getSubjectX500Principal().getName()
						+ "?\nThe next connection to that " + peer + " will ask about its certificate again.")) {
			return;
		}
		try {
			certificate.delete();
		} catch (IOException e) {
			errors.accept("Cannot remove " + certificate.file().getFileName() + ": " + e.getMessage());
		}
		reload();
	}

	private void delete(StoredCertificate certificate) {
		if (MessageDialog.openConfirm(control.getShell(), "Delete Rejected Certificate",
				"Delete " + certificate.file().getFileName() + " from the rejected " + peer + " certificates?")) {
			try {
				certificate.delete();
			} catch (IOException e) {
				errors.accept("Cannot delete " + certificate.file().getFileName() + ": " + e.getMessage());
			}
			reload();
		}
	}

	/** Re-reads both folders (the live core may have rejected or trusted a certificate since). */
	public void reload() {
		trusted.reload();
		rejected.reload();
	}

	/** The composite holding both tables and their buttons. */
	public Composite control() {
		return control;
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
				table.viewer().setSelection(new StructuredSelection(element), true);
				return;
			}
		}
		throw new IllegalArgumentException(file + " is not listed");
	}

	private static List<Path> files(CertificateTable table) {
		return java.util.Arrays.stream(table.viewer().getTable().getItems())
				.map(item -> ((StoredCertificate) item.getData()).file()).toList();
	}
}
