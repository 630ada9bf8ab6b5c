// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.ui.CommissioningDialog;
import org.twinworks.commissioning.ui.DialogFields;

/** Assign to…: who is to perform the selected checks (a user or signer name); empty unassigns them. */
public final class AssignDialog extends CommissioningDialog {
	public static final String TITLE = "Assign Checks";

	private final int count;
	private final String initial;
	private @Nullable Text name;
	private @Nullable String assignee;

	public AssignDialog(Shell parent, int count, String initial) {
		super(parent, TITLE);
		this.count = count;
		this.initial = initial;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		Text field = DialogFields.labelledText(area, "Assign to:", SWT.BORDER | SWT.SINGLE, 260);
		field.setMessage("user or signer name; empty to unassign");
		field.setText(initial);
		field.selectAll();
		name = field;
		DialogFields.note(area, 2, 320).setText(count == 1 ? "1 check selected." : count + " checks selected.");
		return area;
	}

	@Override
	protected void okPressed() {
		String typed = name == null ? "" : name.getText().strip();
		assignee = typed.isEmpty() ? null : typed;
		super.okPressed();
	}

	/** The name typed, or null to unassign; once OK was pressed. */
	public @Nullable String assignee() {
		return assignee;
	}
}
