// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.signoff;

import java.io.IOException;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.ui.CommissioningTitleDialog;
import org.twinworks.commissioning.ui.DialogFields;

/**
 * Change Signer Password…: the signer's name, the old password and the new one typed twice. The old one must be right
 * (wrong ones count towards the signer's lock, as when signing); refusals are shown in the title area.
 */
public final class ChangePasswordDialog extends CommissioningTitleDialog {
	/** The shell's title, by which tests find the dialog. */
	public static final String TITLE = "Change Signer Password";

	private final SignerPasswords passwords;
	private final String defaultSigner;
	private @Nullable Text signer;
	private @Nullable Text oldPassword;
	private @Nullable Text newPassword;
	private @Nullable Text repeat;
	private @Nullable String changed;

	public ChangePasswordDialog(Shell parent, SignerPasswords passwords, String defaultSigner) {
		super(parent, TITLE);
		this.passwords = passwords;
		this.defaultSigner = defaultSigner;
	}

	/** The signer whose password was changed, once OK succeeded. */
	public @Nullable String changedSigner() {
		return changed;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Change a signer's password");
		setMessage("Enter the signer's current password, then the new one twice (at least " + SignerPasswords.MIN_LENGTH
				+ " characters).");
		Composite body = DialogFields.body(area, 2);
		Text name = DialogFields.labelledText(body, "Signer:", SWT.BORDER | SWT.SINGLE, 280);
		name.setMessage("printed name");
		name.setText(defaultSigner);
		signer = name;
		oldPassword = DialogFields.labelledText(body, "Old password:", SWT.BORDER | SWT.SINGLE | SWT.PASSWORD,
				SWT.DEFAULT);
		newPassword = DialogFields.labelledText(body, "New password:", SWT.BORDER | SWT.SINGLE | SWT.PASSWORD,
				SWT.DEFAULT);
		repeat = DialogFields.labelledText(body, "Repeat:", SWT.BORDER | SWT.SINGLE | SWT.PASSWORD, SWT.DEFAULT);
		return area;
	}

	@Override
	protected void okPressed() {
		if (signer == null || oldPassword == null || newPassword == null || repeat == null) {
			return;
		}
		String name = signer.getText().strip();
		if (name.isEmpty()) {
			setErrorMessage("Whose password? Enter the signer's printed name.");
			return;
		}
		if (!passwords.hasPassword(name)) {
			setErrorMessage(name + " has no signing password yet: the first signature chooses it.");
			return;
		}
		char[] old = oldPassword.getTextChars();
		char[] typed = newPassword.getTextChars();
		char[] repeated = repeat.getTextChars();
		try {
			passwords.change(name, old, typed, repeated);
		} catch (PasswordRefused e) {
			setErrorMessage(e.getMessage());
			oldPassword.setText("");
			return;
		} catch (IOException e) {
			setErrorMessage("The password was not changed: " + e.getMessage());
			return;
		} finally {
			Arrays.fill(old, '\0');
			Arrays.fill(typed, '\0');
			Arrays.fill(repeated, '\0');
		}
		changed = name;
		super.okPressed();
	}
}
