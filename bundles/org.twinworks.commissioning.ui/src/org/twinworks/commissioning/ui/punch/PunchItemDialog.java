// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.punch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.ui.CommissioningDialog;
import org.twinworks.commissioning.ui.DialogFields;

/** Add Punch Item…: what is to be done, by whom and by when (an ISO date, optional) for one check. */
public final class PunchItemDialog extends CommissioningDialog {
	public static final String TITLE = "Add Punch Item";

	private final String checkLabel;
	private final String defaultOwner;
	private @Nullable Text text;
	private @Nullable Text owner;
	private @Nullable Text due;
	private @Nullable Label problem;
	private String itemText = "";
	private String itemOwner = "";
	private String itemDue = "";

	public PunchItemDialog(Shell parent, String checkLabel, String defaultOwner) {
		super(parent, TITLE + " to " + checkLabel);
		this.checkLabel = checkLabel;
		this.defaultOwner = defaultOwner;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		text = field(area, "What:", "", "what is to be done");
		owner = field(area, "Owner:", defaultOwner, "who does it");
		due = field(area, "Due:", "", "yyyy-mm-dd (optional)");
		problem = DialogFields.note(area, 2, SWT.DEFAULT);
		return area;
	}

	private Text field(Composite area, String label, String value, String hint) {
		Text field = DialogFields.labelledText(area, label, SWT.BORDER | SWT.SINGLE, 320);
		field.setText(value);
		field.setMessage(hint);
		field.addModifyListener(e -> validate());
		return field;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Add", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private void validate() {
		if (text == null || owner == null || due == null || problem == null
				|| getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		String why = null;
		if (text.getText().isBlank()) {
			why = "Say what is to be done.";
		} else if (!due.getText().isBlank()) {
			try {
				LocalDate.parse(due.getText().strip());
			} catch (DateTimeParseException e) {
				why = "Due is a date like 2026-12-31: " + e.getParsedString();
			}
		}
		problem.setText(why == null ? "" : why);
		getButton(IDialogConstants.OK_ID).setEnabled(why == null);
		itemText = text.getText().strip();
		itemOwner = owner.getText().strip();
		itemDue = due.getText().strip();
	}

	public String text() {
		return itemText;
	}

	public String owner() {
		return itemOwner;
	}

	public String due() {
		return itemDue;
	}
}
