// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.signoff;

import java.io.IOException;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.record.Revision;
import org.twinworks.commissioning.ui.CommissioningTitleDialog;
import org.twinworks.commissioning.ui.DialogFields;
import org.twinworks.commissioning.ui.EditorCampaign;

/**
 * Opens the next revision of an approved campaign: who opens it and why, both kept in the record and the evidence
 * chain. Earlier signatures stay with the revision they signed.
 */
public final class ReviseDialog extends CommissioningTitleDialog {
	/** The shell's title, by which tests find the dialog. */
	public static final String TITLE = "Revise Campaign";

	private final EditorCampaign record;
	private Text author;
	private Text reason;
	private @Nullable Revision revision;

	public ReviseDialog(Shell parent, EditorCampaign record) {
		super(parent, TITLE);
		this.record = record;
	}

	/** The revision opened, once OK succeeded. */
	public @Nullable Revision revision() {
		return revision;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Open a new revision");
		setMessage("The approved revision keeps its signatures and evidence; the new one is signed again.");
		Composite body = DialogFields.body(area, 2);
		author = DialogFields.labelledText(body, "Name:", SWT.BORDER | SWT.SINGLE, SWT.DEFAULT);
		author.setText(System.getProperty("user.name", ""));
		DialogFields.label(body, "Reason:");
		reason = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP);
		reason.setMessage("why the approved campaign must change");
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 60).applyTo(reason);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Revise", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		if (author.getText().isBlank() || reason.getText().isBlank()) {
			setErrorMessage("A revision needs your name and the reason for it.");
			return;
		}
		try {
			revision = RecordSigning.revise(record, author.getText(), reason.getText());
		} catch (IOException | RuntimeException e) {
			setErrorMessage("No revision was opened: " + e.getMessage());
			return;
		}
		super.okPressed();
	}
}
