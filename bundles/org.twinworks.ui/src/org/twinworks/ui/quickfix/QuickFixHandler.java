// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.quickfix;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.handlers.HandlerUtil;
import org.twinworks.model.validation.PlantValidator;
import org.twinworks.ui.editor.PlantEditor;

/**
 * Quick Fix (Ctrl+1) in the plant editor: a menu of the fixes for the selected elements' problems, on the tree or
 * the I/O list, where the selection is.
 */
public final class QuickFixHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof PlantEditor editor) || editor.getLoaded().plant() == null) {
			return null;
		}
		List<?> selection = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s
				? s.toList()
				: List.of();
		List<Proposals.Proposal> proposals = proposals(editor, selection);
		Control control = editor.getSite().getShell().getDisplay().getFocusControl();
		Menu menu = new Menu(editor.getSite().getShell(), SWT.POP_UP);
		if (proposals.isEmpty()) {
			MenuItem none = new MenuItem(menu, SWT.PUSH);
			none.setText("No quick fixes for the selection");
			none.setEnabled(false);
		}
		for (Proposals.Proposal proposal : proposals) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(proposal.label());
			item.addListener(SWT.Selection, e -> FixRunner.run(editor, proposal.fix(), proposal.elements()));
		}
		// disposed after the item's Selection has run: SWT sends Hide first
		menu.addListener(SWT.Hide, e -> menu.getDisplay().asyncExec(menu::dispose));
		menu.setLocation(where(control));
		menu.setVisible(true);
		return null;
	}

	/** The fixes Ctrl+1 offers for this selection in the editor. */
	public static List<Proposals.Proposal> proposals(PlantEditor editor, List<?> selection) {
		return Proposals.forSelection(PlantValidator.validate(editor.getLoaded().plant()), selection);
	}

	/** Below the selected tree item, else at the pointer. */
	private static Point where(Control control) {
		if (control instanceof Tree tree && tree.getSelectionCount() > 0) {
			Rectangle bounds = tree.getSelection()[0].getBounds();
			return tree.toDisplay(bounds.x, bounds.y + bounds.height);
		}
		return control == null ? new Point(0, 0) : control.getDisplay().getCursorLocation();
	}
}
