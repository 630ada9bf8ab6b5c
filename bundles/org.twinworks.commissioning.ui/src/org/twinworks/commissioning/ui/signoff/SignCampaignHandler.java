// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.signoff;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/** Sign Campaign…: signs the campaign of the active plant editor as performed, verified or approved. */
public final class SignCampaignHandler extends AbstractHandler {
	public static final String COMMAND_ID = "org.twinworks.commissioning.ui.signCampaign";

	@Override
	public Object execute(ExecutionEvent event) {
		SignHandlers.openDialog(event, null);
		return null;
	}
}
