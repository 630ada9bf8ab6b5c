// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * A commissioning dialog with a title area for its message and errors: its shell titled (tests find dialogs by title)
 * and resizable, as {@link CommissioningDialog} is.
 */
public abstract class CommissioningTitleDialog extends TitleAreaDialog {
	private final String shellTitle;

	protected CommissioningTitleDialog(Shell parent, String shellTitle) {
		super(parent);
		this.shellTitle = shellTitle;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(shellTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
