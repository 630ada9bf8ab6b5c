// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.browser;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveModel;

/**
 * Auto-Bind from the model tree's context menu ({@code org.eclipse.ui.menus}): against the active editor's first
 * connected endpoint; disabled while none is connected.
 */
public final class AutoBindHandler extends AbstractHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		Object part = HandlerUtil.getVariable(evaluationContext, ISources.ACTIVE_PART_NAME);
		setBaseEnabled(connected(part instanceof IEditorPart editor ? editor : null) != null);
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		EndpointConnection connection = connected(editor);
		if (connection != null) {
			AutoBindWizard.dialog(HandlerUtil.getActiveShell(event), editor, connection).open();
		}
		return null;
	}

	/** The first endpoint of the editor's model with a session, or null. */
	private static EndpointConnection connected(IEditorPart editor) {
		LiveModel live = editor == null ? null : Adapters.adapt(editor, LiveModel.class);
		return live == null
				? null
				: live.connections().stream().filter(EndpointConnection::hasSession).findFirst().orElse(null);
	}
}
