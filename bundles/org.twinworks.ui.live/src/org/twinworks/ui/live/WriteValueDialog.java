// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.io.IOException;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.twinworks.live.WriteResult;
import org.twinworks.model.Binding;
import org.twinworks.model.Signal;

/**
 * Writes one value to the plant: shows the node, the server, the old and the new value with its unit and the
 * engineering range, refuses an out-of-range value before sending, and sends only after an explicit
 * confirmation while writing is armed. The write runs in a job; the value read back is shown here. Every attempt
 * is audited by the live core.
 */
public final class WriteValueDialog extends Dialog {
	public static final String TITLE = "Write Value";
	public static final String WRITE = "Write";
	public static final String CONFIRM = "I confirm writing this value to the running plant";

	private final LiveModel live;
	private final Signal signal;
	private final Binding binding;
	private final Runnable armingChanged = this::validate;
	private Text newValue;
	private Label change;
	private Label message;
	private Button confirm;
	private Label result;
	private boolean writing;

	public WriteValueDialog(Shell parent, LiveModel live, Signal signal) {
		super(parent);
		this.live = live;
		this.signal = signal;
		this.binding = live.writes().binding(signal);
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE + " — " + signal.getTag());
		live.writes().addListener(armingChanged);
		shell.addDisposeListener(e -> live.writes().removeListener(armingChanged));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		row(area, "Signal", signal.getTag() + (signal.getName() == null ? "" : "  " + signal.getName()));
		row(area, "Node", binding == null ? "(not bound)" : binding.getNodeId());
		row(area, "Server", String.valueOf(live.writes().serverOf(signal)));
		row(area, "Range", WriteValues.range(signal));
		row(area, "Current value", current());
		new Label(area, SWT.NONE).setText("New value:");
		Composite input = new Composite(area, SWT.NONE);
		GridLayout inputLayout = new GridLayout(2, false);
		inputLayout.marginWidth = 0;
		inputLayout.marginHeight = 0;
		input.setLayout(inputLayout);
		input.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		newValue = new Text(input, SWT.BORDER);
		newValue.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(input, SWT.NONE).setText(WriteValues.unit(signal).trim());
		change = fullRow(area, SWT.NONE);
		message = fullRow(area, SWT.WRAP);
		message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		confirm = new Button(area, SWT.CHECK);
		confirm.setText(CONFIRM);
		confirm.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		result = fullRow(area, SWT.WRAP);
		newValue.addModifyListener(e -> {
			// a new value needs a new confirmation
			confirm.setSelection(false);
			validate();
		});
		confirm.addListener(SWT.Selection, e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, WRITE, false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, true);
		validate();
	}

	@Override
	protected void okPressed() {
		Object value = parsed();
		if (value == null || !canSend(value) || writing) {
			return;
		}
		writing = true;
		confirm.setSelection(false);
		result.setText("Writing " + shown(value) + "…");
		validate();
		Shell shell = getShell();
		org.eclipse.swt.widgets.Display display = shell.getDisplay();
		// not cancelled when the dialog closes: a write under way finishes and is audited; only its message is lost
		Job job = Job.create("Writing " + signal.getTag(), monitor -> {
			String text;
			try {
				WriteResult written = live.writes().write(binding, value);
				text = outcome(written);
			} catch (IOException e) {
				text = "Not audited, so treat the outcome as unknown: " + e.getMessage();
			} catch (RuntimeException e) {
				// the dialog must not stay "writing" forever: say what happened
				text = "The write failed: " + e + ". Check the Audit Log and the plant before trying again.";
			}
			String shownText = text;
			WidgetDelivery.deliver(display, shell, () -> finished(shownText));
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	private void finished(String text) {
		writing = false;
		if (result.isDisposed()) {
			return;
		}
		result.setText(text);
		result.getParent().layout(true);
		validate();
	}

	private String outcome(WriteResult written) {
		return switch (written.outcome()) {
		case OK -> "Written. Read back " + shown(written.readBack()) + " (" + written.detail() + ").";
		case REFUSED -> "Refused: " + written.detail();
		case FAILED -> "Failed: " + written.detail();
		};
	}

	/** Enables Write only for a valid, in-range, confirmed value while armed; says why not otherwise. */
	private void validate() {
		Button write = getButton(IDialogConstants.OK_ID);
		if (write == null || write.isDisposed()) {
			return;
		}
		String problem = null;
		Object value = null;
		try {
			value = WriteValues.parse(signal, newValue.getText());
			problem = WriteValues.rangeProblem(signal, value);
		} catch (IllegalArgumentException e) {
			problem = newValue.getText().isBlank() ? null : e.getMessage();
		}
		if (problem == null && !live.writes().canWrite(signal)) {
			problem = live.writes().isArmed()
					? signal.getTag() + " is not writable now (read-only or not connected)."
					: "Writing is not armed: arm writes in the Connections view first.";
		}
		change.setText(value == null ? "" : current() + "  →  " + shown(value));
		message.setText(problem == null ? "" : problem);
		confirm.setEnabled(problem == null && value != null && !writing);
		write.setEnabled(problem == null && value != null && confirm.getSelection() && !writing);
		message.getParent().layout(true);
	}

	private Object parsed() {
		try {
			return WriteValues.parse(signal, newValue.getText());
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private boolean canSend(Object value) {
		return WriteValues.rangeProblem(signal, value) == null && confirm.getSelection()
				&& live.writes().canWrite(signal);
	}

	private String current() {
		return live.store().latest(signal).map(v -> LiveText.value(signal, v)).orElse("(no value)");
	}

	private String shown(Object value) {
		if (value instanceof Double d) {
			return WriteValues.plain(d) + WriteValues.unit(signal);
		}
		if (value instanceof Number n && !signal.getEnumLiterals().isEmpty() && n.intValue() >= 0
				&& n.intValue() < signal.getEnumLiterals().size()) {
			return signal.getEnumLiterals().get(n.intValue());
		}
		return value + WriteValues.unit(signal);
	}

	private static void row(Composite area, String name, String value) {
		new Label(area, SWT.NONE).setText(name + ":");
		Text text = new Text(area, SWT.READ_ONLY);
		text.setText(value == null ? "" : value);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	private static Label fullRow(Composite area, int style) {
		Label label = new Label(area, style);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		data.widthHint = 520;
		label.setLayoutData(data);
		return label;
	}

	/** The new-value field, confirmation, Write button and result (tests drive them as a user would). */
	public Text newValueField() {
		return newValue;
	}

	public Button confirmation() {
		return confirm;
	}

	public Button writeButton() {
		return getButton(IDialogConstants.OK_ID);
	}

	public String message() {
		return message.getText();
	}

	public String result() {
		return result.getText();
	}
}
