// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.signoff;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.twinworks.commissioning.record.Check;

/** Sign Check…: signs the check selected (in the Checklist view or anywhere that adapts to a check). */
public final class SignCheckHandler extends AbstractHandler {
	public static final String COMMAND_ID = "org.twinworks.commissioning.ui.signCheck";

	@Override
	public Object execute(ExecutionEvent event) {
		Check check = SignHandlers.selectedCheck(event);
		if (check == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), SignOffDialog.TITLE,
					"Select the check to sign (in the Checklist view), then Sign Check… again.");
			return null;
		}
		SignHandlers.openDialog(event, check);
		return null;
	}
}
