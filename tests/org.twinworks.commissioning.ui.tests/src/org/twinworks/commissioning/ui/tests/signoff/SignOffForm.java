// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests.signoff;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.twinworks.commissioning.record.SignatureMeaning;
import org.twinworks.tests.harness.Widgets;

/** The sign-off dialog's fields as a signer fills them. */
record SignOffForm(Shell shell) {

	void signer(String name) {
		Widgets.find(shell, Text.class, t -> "printed name".equals(t.getMessage())).orElseThrow().setText(name);
	}

	void meaning(SignatureMeaning meaning) {
		for (Button radio : meanings()) {
			radio.setSelection(radio.getText().equals(meaning.getLiteral()));
		}
	}

	Button meaningButton(SignatureMeaning meaning) {
		return meanings().stream().filter(b -> b.getText().equals(meaning.getLiteral())).findFirst().orElseThrow();
	}

	/** The password, and when the repeat field shows (a first signature), the same again. */
	void password(String password) {
		List<Text> fields = Widgets.findAll(shell, Text.class, t -> (t.getStyle() & SWT.PASSWORD) != 0);
		fields.get(0).setText(password);
		if (fields.get(1).getVisible()) {
			fields.get(1).setText(password);
		}
	}

	boolean asksToRepeat() {
		return Widgets.findAll(shell, Text.class, t -> (t.getStyle() & SWT.PASSWORD) != 0).get(1).getVisible();
	}

	/** Fills everything and presses Sign; returns the error the dialog shows then (null when it closed). */
	String sign(String name, SignatureMeaning meaning, String password) {
		signer(name);
		meaning(meaning);
		password(password);
		ModalDialogs.press(shell, "Sign");
		return shell.isDisposed() ? null : ModalDialogs.errorMessage(shell);
	}

	private List<Button> meanings() {
		return Widgets.findAll(shell, Button.class, b -> (b.getStyle() & SWT.RADIO) != 0);
	}
}
