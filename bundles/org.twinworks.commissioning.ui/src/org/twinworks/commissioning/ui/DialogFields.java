// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The grid of labelled fields the commissioning dialogs share, built the same way in each so they look alike. Width
 * hints are in pixels; {@link SWT#DEFAULT} leaves a field its natural width.
 */
public final class DialogFields {
	private DialogFields() {
	}

	/** A composite filling a dialog area, laid out in {@code columns} columns with the default margins. */
	public static Composite body(Composite area, int columns) {
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(body);
		return body;
	}

	/** A row of controls (radio buttons, check boxes) without margins of its own. */
	public static Composite row(Composite parent, int columns) {
		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(columns).applyTo(row);
		return row;
	}

	public static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	/** A text field taking the spare width of its column. */
	public static Text field(Composite parent, int style, int widthHint) {
		Text field = new Text(parent, style);
		GridDataFactory.fillDefaults().grab(true, false).hint(widthHint, SWT.DEFAULT).applyTo(field);
		return field;
	}

	/** A label, then a text field beside it taking the spare width. */
	public static Text labelledText(Composite parent, String label, int style, int widthHint) {
		label(parent, label);
		return field(parent, style, widthHint);
	}

	/** A wrapping label across {@code span} columns, for hints and problems. */
	public static Label note(Composite parent, int span, int widthHint) {
		Label note = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(span, 1).grab(true, false).hint(widthHint, SWT.DEFAULT).applyTo(note);
		return note;
	}
}
