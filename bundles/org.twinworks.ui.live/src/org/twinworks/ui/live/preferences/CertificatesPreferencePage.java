// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.preferences;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.twinworks.live.BrokerPki;
import org.twinworks.live.LivePki;
import org.twinworks.ui.live.CertificateDetails;
import org.twinworks.ui.live.LiveConnections;

/**
 * Window > Preferences > Twinworks > Certificates: our application instance certificate (what servers must
 * trust), and in two tabs the certificates we trust and those we rejected of OPC UA servers and of MQTT brokers
 * (Sparkplug B endpoints; a broker's CA must not vouch for servers, so their folders are apart), with their
 * details. Changes take effect at once: they are file moves in the workspace's PKI folder, which the trust lists
 * read on each connection.
 */
public final class CertificatesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
	public static final String ID = "org.twinworks.ui.preferences.certificates";
	public static final String TRUST = "Trust";
	public static final String REMOVE = "Remove…";
	public static final String DELETE = "Delete…";
	public static final String REMOVE_TITLE = "Remove Trusted Certificate";
	public static final String SERVERS_TAB = "OPC UA Servers";
	public static final String BROKERS_TAB = "MQTT Brokers";

	private Path pki;
	private Text own;
	private TrustFolders servers;
	private TrustFolders brokers;
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
		TabFolder tabs = new TabFolder(area, SWT.TOP);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		servers = new TrustFolders(tabs, "server", LivePki.trustedDirectory(pki), LivePki.rejectedDirectory(pki),
				this::setErrorMessage, this::showDetails);
		tab(tabs, SERVERS_TAB, servers);
		brokers = new TrustFolders(tabs, "broker", BrokerPki.trustedDirectory(pki), BrokerPki.rejectedDirectory(pki),
				this::setErrorMessage, this::showDetails);
		tab(tabs, BROKERS_TAB, brokers);
		details = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, 100).applyTo(details);
		return area;
	}

	private static void tab(TabFolder tabs, String title, TrustFolders folders) {
		TabItem item = new TabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(folders.control());
	}

	private String ownCertificate() {
		try {
			X509Certificate certificate = LivePki.applicationCertificate(pki);
			return CertificateDetails.text(certificate) + "PKI folder: " + pki;
		} catch (IOException e) {
			return "Cannot read or make our certificate in " + pki + ": " + e.getMessage();
		}
	}

	private void showDetails(StoredCertificate c) {
		details.setText(CertificateDetails.text(c.certificate()) + "File: " + c.file());
	}

	/** Re-reads every folder (the live core may have rejected a certificate since). */
	public void reload() {
		servers.reload();
		brokers.reload();
		details.setText("");
	}

	/** The OPC UA servers' folders. */
	public TrustFolders servers() {
		return servers;
	}

	/** The MQTT brokers' folders. */
	public TrustFolders brokers() {
		return brokers;
	}

	/** The servers' trusted certificates listed, as files (tests). */
	public List<Path> trustedFiles() {
		return servers.trustedFiles();
	}

	public List<Path> rejectedFiles() {
		return servers.rejectedFiles();
	}

	/** Selects a listed server certificate by file, as a click would (tests). */
	public void select(Path file, boolean inTrusted) {
		servers.select(file, inTrusted);
	}

	public String ownCertificateText() {
		return own.getText();
	}

	public String detailsText() {
		return details.getText();
	}
}
