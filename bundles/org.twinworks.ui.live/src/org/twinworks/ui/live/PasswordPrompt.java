// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.twinworks.live.Passwords;
import org.twinworks.model.Endpoint;

/**
 * The password of a user-name endpoint, asked for when secure storage has none: the model never holds it. The
 * user may keep it in Equinox secure storage (encrypted) for the next connection. Storage is read without
 * prompting for its master password, so connecting never stacks two dialogs.
 */
public final class PasswordPrompt extends Dialog {
	public static final String TITLE = "Password for ";
	public static final String REMEMBER = "Remember in secure storage";

	private final Endpoint endpoint;
	private Text password;
	private Button remember;
	private char[] answer;

	private PasswordPrompt(Shell parent, Endpoint endpoint) {
		super(parent);
		this.endpoint = endpoint;
	}

	/**
	 * The password to connect {@code endpoint} with: none for anonymous endpoints, the stored one, or what the
	 * user types; empty when the user cancelled (then nothing connects). UI thread.
	 */
	static Optional<char[]> passwordFor(Shell shell, Endpoint endpoint) {
		String user = endpoint.getUsername();
		if (endpoint.getAuthentication() != org.twinworks.model.AuthenticationKind.USERNAME || user == null
				|| user.isBlank()) {
			// anonymous or certificate login: no password to give
			return Optional.of(new char[0]);
		}
		Passwords storage = storage();
		Optional<char[]> stored = Passwords.storedOr(storage, endpoint.getUrl(), user, null);
		if (stored.isPresent()) {
			return stored;
		}
		PasswordPrompt prompt = new PasswordPrompt(shell, endpoint);
		if (prompt.open() != OK || prompt.answer == null) {
			return Optional.empty();
		}
		if (prompt.rememberChosen() && storage != null) {
			try {
				storage.store(endpoint.getUrl(), user, prompt.answer);
			} catch (IOException | RuntimeException e) {
				ILog.of(PasswordPrompt.class).warn("Could not keep the password of " + user + " at " + endpoint.getUrl()
						+ " in secure storage: " + e.getMessage());
			}
		}
		return Optional.of(prompt.answer);
	}

	private static Passwords storage() {
		try {
			return Passwords.openDefault(false);
		} catch (IOException | RuntimeException e) {
			ILog.of(PasswordPrompt.class).info("No secure storage for endpoint passwords: " + e.getMessage());
			return null;
		}
	}

	private boolean remembered;

	private boolean rememberChosen() {
		return remembered;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE + endpoint.getName());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText("Server:");
		new Label(area, SWT.NONE).setText(endpoint.getUrl());
		new Label(area, SWT.NONE).setText("User:");
		new Label(area, SWT.NONE).setText(endpoint.getUsername());
		new Label(area, SWT.NONE).setText("Password:");
		password = new Text(area, SWT.BORDER | SWT.PASSWORD);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 260;
		password.setLayoutData(data);
		remember = new Button(area, SWT.CHECK);
		remember.setText(REMEMBER);
		remember.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return area;
	}

	@Override
	protected void okPressed() {
		answer = password.getText().toCharArray();
		remembered = remember.getSelection();
		super.okPressed();
	}
}
