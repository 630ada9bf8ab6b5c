// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Product name, purpose and the version of every component, copyable for bug reports. */
public final class AboutDialog extends Dialog {
	static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

	public AboutDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("About " + Branding.PRODUCT_NAME);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label title = new Label(area, SWT.NONE);
		title.setText(Branding.PRODUCT_NAME);
		title.setFont(JFaceResources.getHeaderFont());
		Label purpose = new Label(area, SWT.WRAP);
		purpose.setText("A workbench for industrial digital twins: model a plant, draw it, connect it to the real "
				+ "plant over OPC UA and commission it signal by signal.");
		GridDataFactory.fillDefaults().hint(460, SWT.DEFAULT).applyTo(purpose);
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		new TableColumn(table, SWT.LEFT).setText("Component");
		new TableColumn(table, SWT.LEFT).setText("Version");
		for (ComponentVersions.Component component : ComponentVersions.list()) {
			new TableItem(table, SWT.NONE).setText(new String[]{component.name(), component.version()});
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 260).applyTo(table);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY_ID, "&Copy Versions", false);
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COPY_ID) {
			StringBuilder text = new StringBuilder();
			ComponentVersions.list().forEach(c -> text.append(c).append('\n'));
			Clipboard clipboard = new Clipboard(getShell().getDisplay());
			try {
				clipboard.setContents(new Object[]{text.toString()}, new Transfer[]{TextTransfer.getInstance()});
			} finally {
				clipboard.dispose();
			}
			return;
		}
		super.buttonPressed(buttonId);
	}
}
