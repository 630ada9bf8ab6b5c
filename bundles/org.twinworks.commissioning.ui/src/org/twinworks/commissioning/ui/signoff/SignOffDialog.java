// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.signoff;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.evidence.CanonicalContent;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Signature;
import org.twinworks.commissioning.record.SignatureMeaning;
import org.twinworks.commissioning.signoff.SignOffRefused;
import org.twinworks.commissioning.ui.CommissioningTitleDialog;
import org.twinworks.commissioning.ui.DialogFields;
import org.twinworks.commissioning.ui.EditorCampaign;

/**
 * Signs a check or the campaign: the signer's printed name, the meaning (only those possible now enabled), what is
 * signed with its content hash, the two-person rule as it stands, and the signer's password (chosen, typed twice, on
 * the first signature). A refusal, of the password or of the core's rules, is shown here and the dialog stays open.
 */
public final class SignOffDialog extends CommissioningTitleDialog {
	/** The shell's title, by which tests find the dialog. */
	public static final String TITLE = "Sign Off";

	private final EditorCampaign record;
	private final Campaign campaign;
	private final @Nullable Check check;
	private final SignerPasswords passwords;
	private final Map<SignatureMeaning, Button> meanings = new EnumMap<>(SignatureMeaning.class);
	private Text name;
	private Text password;
	private Label repeatLabel;
	private Text repeat;
	private Label passwordHint;
	private @Nullable Signature signature;

	/** @param check the check to sign, or null for the campaign */
	public SignOffDialog(Shell parent, EditorCampaign record, @Nullable Check check, SignerPasswords passwords) {
		super(parent, TITLE);
		Campaign current = record.campaign();
		if (current == null) {
			throw new IllegalStateException(record.recordFile() + " holds no campaign to sign");
		}
		this.record = record;
		this.campaign = current;
		this.check = check;
		this.passwords = passwords;
	}

	/** The signature made, once OK succeeded. */
	public @Nullable Signature signature() {
		return signature;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(check == null ? "Sign the campaign" : "Sign check " + check.getId());
		setMessage("A signature records your printed name, the time and its meaning, bound to the content signed.");
		Composite body = DialogFields.body(area, 2);

		label(body, "Signed:");
		label(body, check == null
				? "Campaign " + campaign.getName() + ", revision " + campaign.getRevision() + " ("
						+ campaign.getChecks().size() + " checks)"
				: check.getId() + " — " + check.getTitle() + " (" + check.getState().getLiteral().toLowerCase() + ")");
		label(body, "SHA-256:");
		Text hash = DialogFields.field(body, SWT.READ_ONLY | SWT.SINGLE, SWT.DEFAULT);
		hash.setText(
				CanonicalContent.sha256(check == null ? CanonicalContent.of(campaign) : CanonicalContent.of(check)));
		label(body, "Two-person rule:");
		Label rule = DialogFields.note(body, 1, 420);
		rule.setText(SignatureRules.twoPersonText(campaign, check));

		label(body, "Signer:");
		name = DialogFields.field(body, SWT.BORDER | SWT.SINGLE, SWT.DEFAULT);
		name.setMessage("printed name");
		name.setText(System.getProperty("user.name", ""));
		name.addModifyListener(e -> signerChanged());

		label(body, "Meaning:");
		Composite meaningRow = DialogFields.row(body, SignatureMeaning.VALUES.size());
		Set<SignatureMeaning> allowed = SignatureRules.allowedNow(campaign, check);
		for (SignatureMeaning meaning : SignatureMeaning.VALUES) {
			Button button = new Button(meaningRow, SWT.RADIO);
			button.setText(meaning.getLiteral());
			button.setEnabled(allowed.contains(meaning));
			meanings.put(meaning, button);
		}
		// approving locks the campaign, so it is never the preselected meaning
		SignatureMeaning preselected = allowed.contains(SignatureMeaning.VERIFIED)
				? SignatureMeaning.VERIFIED
				: SignatureMeaning.PERFORMED;
		meanings.get(preselected).setSelection(allowed.contains(preselected));

		label(body, "Password:");
		password = DialogFields.field(body, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD, SWT.DEFAULT);
		repeatLabel = label(body, "Repeat:");
		repeat = DialogFields.field(body, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD, SWT.DEFAULT);
		new Label(body, SWT.NONE);
		passwordHint = DialogFields.note(body, 1, 420);
		signerChanged();
		if (allowed.isEmpty()) {
			setErrorMessage(check == null
					? "The campaign cannot be signed now (it is approved: revise it first)."
					: "Check " + check.getId()
							+ " cannot be signed now: it is not finished, or the campaign is approved.");
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Sign", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** A signer without a password chooses one now, typing it twice. */
	private void signerChanged() {
		String signer = name.getText().strip();
		boolean first = !signer.isEmpty() && !passwords.hasPassword(signer);
		for (Control control : new Control[]{repeatLabel, repeat}) {
			control.setVisible(first);
			((org.eclipse.swt.layout.GridData) control.getLayoutData()).exclude = !first;
		}
		passwordHint.setText(first
				? "First signature of " + signer + ": choose a password (at least " + SignerPasswords.MIN_LENGTH
						+ " characters) and type it twice. Later signatures ask for it."
				: "Enter the password of the signer.");
		passwordHint.getParent().layout(true, true);
	}

	@Override
	protected void okPressed() {
		String signer = name.getText().strip();
		SignatureMeaning meaning = selectedMeaning();
		if (signer.isEmpty()) {
			setErrorMessage("A signature needs the signer's printed name.");
			return;
		}
		if (meaning == null) {
			setErrorMessage("Choose what this signature means: performed, verified or approved.");
			return;
		}
		char[] typed = password.getTextChars();
		char[] repeated = repeat.getTextChars();
		try {
			if (passwords.hasPassword(signer)) {
				passwords.check(signer, typed);
			} else {
				passwords.choose(signer, typed, repeated);
			}
			signature = RecordSigning.sign(record, signer, meaning, check);
		} catch (PasswordRefused | SignOffRefused e) {
			setErrorMessage(e.getMessage());
			password.setText("");
			signerChanged();
			return;
		} catch (IOException | IllegalStateException e) {
			setErrorMessage("The signature was not made: " + e.getMessage());
			return;
		} finally {
			Arrays.fill(typed, '\0');
			Arrays.fill(repeated, '\0');
		}
		super.okPressed();
	}

	private @Nullable SignatureMeaning selectedMeaning() {
		for (Map.Entry<SignatureMeaning, Button> entry : meanings.entrySet()) {
			if (entry.getValue().getSelection() && entry.getValue().isEnabled()) {
				return entry.getKey();
			}
		}
		return null;
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().applyTo(label);
		return label;
	}
}
