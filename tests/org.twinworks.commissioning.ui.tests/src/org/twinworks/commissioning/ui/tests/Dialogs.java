// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests;

import java.util.function.Consumer;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.twinworks.tests.harness.Widgets;

/**
 * Drives a modal dialog the way a user does: once its shell is open (inside the dialog's own event loop), {@code user}
 * fills it in and presses a button. Failures are kept and rethrown by {@link #check()}.
 */
final class Dialogs {
	private final Display display = Display.getCurrent();
	private Throwable failure;
	private boolean handled;

	/** Arms the handler for the next shell whose title starts with {@code title}. */
	<W extends Window> Dialogs whenOpen(String title, Class<W> type, Consumer<W> user) {
		long deadline = System.currentTimeMillis() + 20_000;
		Runnable attempt = new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && shell.getText().startsWith(title) && type.isInstance(shell.getData())) {
						handled = true;
						try {
							user.accept(type.cast(shell.getData()));
						} catch (Throwable e) {
							failure = e;
							shell.close();
						}
						return;
					}
				}
				if (System.currentTimeMillis() < deadline) {
					display.timerExec(50, this);
				}
			}
		};
		display.timerExec(50, attempt);
		return this;
	}

	void check() {
		if (failure instanceof AssertionError error) {
			throw error;
		}
		if (failure != null) {
			throw new AssertionError(failure);
		}
		if (!handled) {
			throw new AssertionError("the dialog never opened");
		}
	}

	static void press(Shell shell, String text) {
		Button button = Widgets.find(shell, Button.class, b -> text.equals(b.getText()))
				.orElseThrow(() -> new AssertionError("no button " + text + " in " + shell.getText()));
		if (!button.isEnabled()) {
			throw new AssertionError(text + " is disabled in " + shell.getText());
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	static void click(Button toggle, boolean selected) {
		toggle.setSelection(selected);
		toggle.notifyListeners(SWT.Selection, new Event());
	}
}
