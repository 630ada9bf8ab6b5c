// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Text;
import org.twinworks.diagram.ui.render.NodeFigure;

/** An in-place text field over a node's label: Enter commits as one command, Escape or focus loss cancels. */
final class LabelEditing {
	private final DiagramViewer viewer;
	private final NodeFigure figure;

	LabelEditing(DiagramViewer viewer, NodeFigure figure) {
		this.viewer = viewer;
		this.figure = figure;
	}

	void open() {
		String initial = viewer.editing().labels().textOf(figure.element());
		if (initial == null) {
			return;
		}
		Rectangle box = figure.labelBox() != null ? figure.labelBox() : figure.shape();
		Rectangle screen = viewer.viewport().toScreen(box);
		Text text = new Text(viewer.canvas(), SWT.BORDER | SWT.SINGLE);
		text.setText(initial);
		text.selectAll();
		int width = Math.max(screen.width + 40, 120);
		text.setBounds(screen.x + screen.width / 2 - width / 2, screen.y - 2, width,
				text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y);
		text.setFocus();
		text.addListener(SWT.DefaultSelection, e -> commit(text));
		text.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ESC) {
				e.doit = false;
				close(text);
			}
		});
		text.addListener(SWT.FocusOut, e -> close(text));
	}

	private void commit(Text text) {
		String value = text.getText();
		close(text);
		Command rename = viewer.editing().labels().rename(viewer.domain(), figure.element(), value);
		if (rename != null && rename.canExecute()) {
			viewer.execute(rename);
		} else if (rename != null) {
			viewer.showStatus("cannot rename to '" + value + "'");
		}
	}

	private void close(Text text) {
		if (!text.isDisposed()) {
			text.getDisplay().asyncExec(() -> {
				if (!text.isDisposed()) {
					text.dispose();
				}
			});
			text.setVisible(false);
			viewer.canvas().setFocus();
		}
	}
}
