// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.check.CheckEdits;
import org.twinworks.commissioning.ui.check.EditRefused;

/**
 * Assign to…: the selected checks assigned to one person as one undoable edit (refused as a whole when one of them is
 * signed or the campaign approved). The dialog proposes the checks' common assignee, or the user.
 */
public final class AssignChecksHandler extends AbstractHandler {
	public static final String COMMAND_ID = "org.twinworks.commissioning.ui.assignChecks";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		EditorCampaign record = window == null ? null : EditorCampaign.active(window.getActivePage());
		List<Check> checks = selectedChecks(HandlerUtil.getCurrentSelection(event));
		if (record == null || record.campaign() == null || checks.isEmpty()) {
			MessageDialog.openInformation(shell, AssignDialog.TITLE,
					"Select the checks to assign in the Checklist of the active plant's campaign.");
			return null;
		}
		AssignDialog dialog = new AssignDialog(shell, checks.size(), proposed(checks));
		if (dialog.open() != Window.OK) {
			return null;
		}
		try {
			CheckEdits.of(record).assign(checks, dialog.assignee());
		} catch (EditRefused e) {
			MessageDialog.openError(shell, AssignDialog.TITLE, "Not assigned: " + e.getMessage());
		}
		return null;
	}

	/** The checks in the selection, themselves or adapted; groups and other elements are left out. */
	static List<Check> selectedChecks(ISelection selection) {
		List<Check> checks = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				Check check = Adapters.adapt(element, Check.class);
				if (check != null) {
					checks.add(check);
				}
			}
		}
		return checks;
	}

	private static String proposed(List<Check> checks) {
		String first = checks.get(0).getAssignee();
		boolean same = first != null && checks.stream().allMatch(c -> first.equals(c.getAssignee()));
		return same ? first : ChecklistView.user();
	}
}
