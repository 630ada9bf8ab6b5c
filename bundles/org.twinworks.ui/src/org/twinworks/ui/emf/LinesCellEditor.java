// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.emf;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Multi-line text (descriptions) or a list of strings (one per line) edited in a small dialog. */
final class LinesCellEditor extends DialogCellEditor {
	private final String title;
	private final boolean list;

	/** Edits a list of strings. */
	LinesCellEditor(Composite parent, String title) {
		super(parent);
		this.title = title;
		this.list = true;
	}

	/** Edits one multi-line string. */
	LinesCellEditor(Composite parent, String title, EDataType type) {
		super(parent);
		this.title = title;
		this.list = false;
	}

	@Override
	protected Object openDialogBox(Control cellEditorWindow) {
		Object current = getValue();
		String text = current instanceof Collection<?> c
				? String.join("\n", c.stream().map(String::valueOf).toList())
				: current == null ? "" : current.toString();
		LinesDialog dialog = new LinesDialog(cellEditorWindow.getShell(), title, text);
		if (dialog.open() != IDialogConstants.OK_ID) {
			return null;
		}
		if (!list) {
			return dialog.text;
		}
		List<String> lines = Arrays.stream(dialog.text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
				.toList();
		return lines;
	}

	private static final class LinesDialog extends Dialog {
		private final String title;
		private String text;
		private Text field;

		LinesDialog(Shell parent, String title, String text) {
			super(parent);
			this.title = title;
			this.text = text;
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText(title);
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			field = new Text(area, SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL);
			field.setText(text);
			GridDataFactory.fillDefaults().grab(true, true).hint(420, 180).applyTo(field);
			return area;
		}

		@Override
		protected void okPressed() {
			text = field.getText();
			super.okPressed();
		}

		@Override
		protected boolean isResizable() {
			return true;
		}
	}
}
