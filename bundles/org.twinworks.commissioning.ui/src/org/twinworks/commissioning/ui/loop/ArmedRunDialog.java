// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.loop;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.twinworks.commissioning.engine.RunOptions;
import org.twinworks.commissioning.record.Check;

/**
 * The one confirmation before a run writes to the plant: every guarded write of the sequence, old → new with units,
 * how long writes stay armed (armed once for the whole sequence), and where the writes are audited. Nothing is armed
 * unless the engineer presses Arm and Run.
 */
public final class ArmedRunDialog extends Dialog {
	public static final String TITLE = "Run Armed";
	public static final String ARM_AND_RUN = "Arm and Run";

	private final Check check;
	private final List<WriteRow> rows;
	private final Path audit;
	private Spinner minutes;
	private int armedMinutes = (int) RunOptions.DEFAULT_ARMING.toMinutes();

	public ArmedRunDialog(Shell parent, Check check, List<WriteRow> rows, Path audit) {
		super(parent);
		this.check = check;
		this.rows = List.copyOf(rows);
		this.audit = audit;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE + " – " + check.getId());
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText("Running " + check.getId() + " armed makes these " + rows.size()
				+ " guarded writes to the plant, in this order. Each one is audited in " + audit.getFileName() + ".");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(560, SWT.DEFAULT).applyTo(intro);
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		String[] titles = {"Signal", "Now", "Written", "Why"};
		int[] widths = {130, 110, 150, 220};
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(titles[i]);
			column.setWidth(widths[i]);
		}
		for (WriteRow row : rows) {
			new TableItem(table, SWT.NONE)
					.setText(new String[]{row.tag(), row.oldText(), row.newText(), row.purpose()});
		}
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(600, 200).applyTo(table);
		new Label(area, SWT.NONE).setText("Writes stay armed for");
		minutes = new Spinner(area, SWT.BORDER);
		minutes.setValues(armedMinutes, 1, 480, 0, 1, 10);
		minutes.addListener(SWT.Modify, e -> armedMinutes = minutes.getSelection());
		new Label(area, SWT.NONE).setText("minutes (armed once for the whole sequence)");
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, ARM_AND_RUN, false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
	}

	/** The writes as listed, one line each (old → new with units). */
	public List<String> lines() {
		return rows.stream().map(WriteRow::line).toList();
	}

	/** How long writes stay armed; the engine's default until the engineer changes it. */
	public Duration armFor() {
		return Duration.ofMinutes(armedMinutes);
	}

	public void setArmMinutes(int value) {
		minutes.setSelection(value);
		armedMinutes = minutes.getSelection();
	}
}
