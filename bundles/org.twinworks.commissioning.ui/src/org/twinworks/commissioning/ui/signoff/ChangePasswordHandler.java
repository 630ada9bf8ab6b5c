// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.signoff;

import java.io.IOException;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.twinworks.commissioning.ui.checklist.ChecklistView;

/** Change Signer Password…: needs no campaign, only the signers' passwords in secure storage. */
public final class ChangePasswordHandler extends AbstractHandler {
	public static final String COMMAND_ID = "org.twinworks.commissioning.ui.changeSignerPassword";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		SignerPasswords passwords;
		try {
			passwords = SignerPasswords.workbench();
		} catch (IOException e) {
			MessageDialog.openError(shell, ChangePasswordDialog.TITLE, e.getMessage());
			return null;
		}
		// refusals keep the dialog open with the reason; closing with OK is the confirmation
		new ChangePasswordDialog(shell, passwords, ChecklistView.user()).open();
		return null;
	}
}
