// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests.signoff;

import java.util.function.Consumer;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.twinworks.tests.harness.Widgets;

/**
 * Modal dialogs are answered from a timer inside their own event loop. A failure while answering closes the dialog
 * (so the test does not hang) and is thrown again once {@code open()} has returned.
 */
public final class ModalDialogs {
	private static final long GIVE_UP_MS = 30_000;

	private Throwable failure;
	private boolean answered;

	private ModalDialogs() {
	}

	/** Runs {@code answer} on the shell titled {@code title} once it shows. */
	public static ModalDialogs whenOpen(String title, Consumer<Shell> answer) {
		ModalDialogs pending = new ModalDialogs();
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + GIVE_UP_MS;
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				Shell shell = shell(title);
				if (shell == null) {
					if (System.currentTimeMillis() < deadline) {
						display.timerExec(100, this);
					} else {
						pending.failure = new AssertionError("no dialog '" + title + "' opened");
					}
					return;
				}
				try {
					answer.accept(shell);
					pending.answered = true;
				} catch (Throwable e) {
					pending.failure = e;
					if (!shell.isDisposed()) {
						shell.close();
					}
				}
			}
		});
		return pending;
	}

	/** Throws what went wrong while answering, or that the dialog never showed. */
	public void check() {
		if (failure instanceof RuntimeException e) {
			throw e;
		}
		if (failure instanceof Error e) {
			throw e;
		}
		if (failure != null) {
			throw new AssertionError(failure);
		}
		if (!answered) {
			throw new AssertionError("the dialog was not answered");
		}
	}

	public static Shell shell(String title) {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
				return shell;
			}
		}
		return null;
	}

	public static void press(Shell shell, String label) {
		Widgets.find(shell, Button.class, b -> label.equals(b.getText()) && (b.getStyle() & SWT.PUSH) != 0)
				.orElseThrow(() -> new AssertionError("no button " + label)).notifyListeners(SWT.Selection, null);
	}

	/** The error line a title-area dialog shows, null when none. */
	public static String errorMessage(Shell shell) {
		return ((TitleAreaDialog) shell.getData()).getErrorMessage();
	}
}
