// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.signoff;

import java.io.IOException;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.ui.EditorCampaign;

/** What the sign-off commands share: the active plant editor's campaign, the selected check, the dialog. */
final class SignHandlers {

	private SignHandlers() {
	}

	/** Opens the sign-off dialog for {@code check} (the campaign when null), or says why it cannot. */
	static void openDialog(ExecutionEvent event, @Nullable Check check) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		EditorCampaign record = window == null ? null : EditorCampaign.active(window.getActivePage());
		if (record == null || record.campaign() == null) {
			MessageDialog.openInformation(shell, SignOffDialog.TITLE,
					"There is no commissioning campaign to sign: open a plant and plan a campaign first.");
			return;
		}
		SignerPasswords passwords;
		try {
			passwords = SignerPasswords.workbench();
		} catch (IOException e) {
			MessageDialog.openError(shell, SignOffDialog.TITLE, e.getMessage());
			return;
		}
		new SignOffDialog(shell, record, check, passwords).open();
	}

	/** The first check in the current selection, itself or adapted. */
	static @Nullable Check selectedCheck(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				Check check = Adapters.adapt(element, Check.class);
				if (check != null) {
					return check;
				}
			}
		}
		return null;
	}
}
