// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.report;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.ui.CommissioningTitleDialog;
import org.twinworks.commissioning.ui.DialogFields;

/**
 * Chooses the report's format and file; the file starts beside the record ({@code plant-report.html}) and follows the
 * format while it has not been changed by hand.
 */
public final class ReportDialog extends CommissioningTitleDialog {
	/** The shell's title, by which tests find the dialog. */
	public static final String TITLE = "Generate Report";

	private final Path recordFile;
	private final Map<ReportFormat, Button> formats = new EnumMap<>(ReportFormat.class);
	private Text file;
	private ReportFormat format = ReportFormat.HTML;
	private @Nullable Path chosen;

	public ReportDialog(Shell parent, Path recordFile) {
		super(parent, TITLE);
		this.recordFile = recordFile;
	}

	public ReportFormat format() {
		return format;
	}

	/** The file to write, once OK was pressed. */
	public @Nullable Path file() {
		return chosen;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Commissioning report");
		setMessage("The evidence chain is verified first; the report says whether it is intact.");
		Composite body = DialogFields.body(area, 3);
		DialogFields.label(body, "Format:");
		Composite row = DialogFields.row(body, 1);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(row);
		for (ReportFormat each : ReportFormat.values()) {
			Button button = new Button(row, SWT.RADIO);
			button.setText(each.label());
			button.setSelection(each == format);
			button.addListener(SWT.Selection, e -> {
				if (button.getSelection()) {
					formatChosen(each);
				}
			});
			formats.put(each, button);
		}
		file = DialogFields.labelledText(body, "File:", SWT.BORDER | SWT.SINGLE, 420);
		file.setText(format.besideRecord(recordFile).toString());
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("Browse…");
		browse.addListener(SWT.Selection, e -> browse());
		return area;
	}

	/** Selects a format as a click would (tests use it too). */
	public void selectFormat(ReportFormat chosenFormat) {
		formats.forEach((each, button) -> button.setSelection(each == chosenFormat));
		formatChosen(chosenFormat);
	}

	/** The file path field, for tests and for typing. */
	public Text fileField() {
		return file;
	}

	private void formatChosen(ReportFormat chosenFormat) {
		boolean untouched = file.getText().equals(format.besideRecord(recordFile).toString());
		format = chosenFormat;
		if (untouched) {
			file.setText(format.besideRecord(recordFile).toString());
		}
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[]{"*." + format.extension(), "*"});
		Path current = Path.of(file.getText());
		if (current.getParent() != null) {
			dialog.setFilterPath(current.getParent().toString());
		}
		dialog.setFileName(String.valueOf(current.getFileName()));
		String picked = dialog.open();
		if (picked != null) {
			file.setText(picked);
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Generate", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		String text = file.getText().strip();
		if (text.isEmpty()) {
			setErrorMessage("Choose the file to write the report to.");
			return;
		}
		try {
			Path path = Path.of(text).toAbsolutePath();
			if (path.getParent() == null || !path.getParent().toFile().isDirectory()) {
				setErrorMessage("The folder of " + path + " does not exist.");
				return;
			}
			chosen = path;
		} catch (InvalidPathException e) {
			setErrorMessage("Not a file name: " + e.getMessage());
			return;
		}
		super.okPressed();
	}
}
