// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The Properties page of a plant editor: a title row naming the selected element as the tree does (its icon, tag
 * and name) above the property table, and undo and redo on the editor's command stack.
 */
final class TitledPropertySheetPage extends PropertySheetPage {
	private final ILabelProvider labels;
	private final IAction undo;
	private final IAction redo;
	private Composite area;
	private CLabel title;

	TitledPropertySheetPage(ILabelProvider labels, IAction undo, IAction redo) {
		this.labels = labels;
		this.undo = undo;
		this.redo = redo;
	}

	@Override
	public void createControl(Composite parent) {
		area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(area);
		title = new CLabel(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		super.createControl(area);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(super.getControl());
	}

	@Override
	public Control getControl() {
		return area;
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		super.selectionChanged(part, selection);
		if (title == null || title.isDisposed()) {
			return;
		}
		Object first = selection instanceof IStructuredSelection s && s.size() == 1 ? s.getFirstElement() : null;
		int count = selection instanceof IStructuredSelection s ? s.size() : 0;
		title.setImage(first == null ? null : labels.getImage(first));
		title.setText(first != null ? labels.getText(first) : count > 1 ? count + " elements" : "");
	}

	/** The title row (tests read it). */
	CLabel title() {
		return title;
	}

	@Override
	public void setActionBars(IActionBars bars) {
		super.setActionBars(bars);
		// Ctrl+Z in the Properties view undoes on this model's stack
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
	}

	@Override
	public void dispose() {
		labels.dispose();
		super.dispose();
	}
}
