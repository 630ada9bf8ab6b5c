// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.model.persistence.LoadedPlant;

/**
 * Above the tree when the file did not load cleanly: what is wrong, where (line and column), and that the
 * tree shows what could be read. Nothing is dropped or reset silently.
 */
final class ProblemsBanner {
	private final Text text;

	ProblemsBanner(Composite parent) {
		text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		text.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(text);
		text.setVisible(false);
	}

	void show(LoadedPlant loaded) {
		if (loaded.problems().isEmpty()) {
			if (text.isVisible()) {
				GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(text);
				text.setVisible(false);
				text.getParent().layout(true);
			}
			return;
		}
		StringBuilder message = new StringBuilder(loaded.readable()
				? "The model was read with problems; fix them and save:\n"
				: "The file could not be read completely. The tree shows what was read before the problem; "
						+ "saving keeps the previous file as a .bak copy.\n");
		for (FileProblem problem : loaded.problems()) {
			message.append("• ")
					.append(problem.line() > 0
							? "line " + problem.line() + (problem.column() > 0 ? ", column " + problem.column() : "")
									+ ": "
							: "")
					.append(problem.message()).append('\n');
		}
		text.setText(message.toString().strip());
		GridDataFactory.fillDefaults().grab(true, false)
				.hint(SWT.DEFAULT, Math.min(120, 20 + 18 * loaded.problems().size())).applyTo(text);
		text.setVisible(true);
		text.getParent().layout(true);
	}

	boolean isShowing() {
		return text.isVisible();
	}

	String message() {
		return text.getText();
	}
}
