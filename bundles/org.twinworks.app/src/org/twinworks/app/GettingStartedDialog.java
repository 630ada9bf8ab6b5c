// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The guide in a window of ours, for a desktop without a browser: rendered by an embedded browser where SWT has
 * one, else as the page's text.
 */
final class GettingStartedDialog extends Dialog {
	static final String TITLE = "Getting Started with " + Branding.PRODUCT_NAME;
	private final Path page;

	GettingStartedDialog(Shell parent, Path page) {
		super(parent);
		this.page = page;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Control content;
		try {
			Browser browser = new Browser(area, SWT.NONE);
			browser.setUrl(page.toUri().toString());
			content = browser;
		} catch (SWTError noBrowser) {
			Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
			text.setText(plainText());
			content = text;
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(720, 560).applyTo(content);
		return area;
	}

	private String plainText() {
		try {
			String html = Files.readString(page);
			return html.replaceAll("(?s)<style.*?</style>", "").replaceAll("(?i)<(br|/p|/li|/tr|/h[12])>", "\n")
					.replaceAll("<[^>]+>", " ").replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&")
					.replaceAll("[ \\t]+", " ").replaceAll("\\n\\s*\\n+", "\n\n").strip();
		} catch (IOException e) {
			return "Could not read " + page + ": " + e.getMessage();
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected Point getInitialSize() {
		return getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT, true);
	}
}
