// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.interop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jspecify.annotations.Nullable;

/** First page: what to read (NodeSet2 files and folders, or a CSV file) and how. */
final class ImportSourcePage extends WizardPage {

	private ImportSourceKind kind = ImportSourceKind.NODESET;
	private final List<Path> files = new ArrayList<>();
	private org.eclipse.swt.widgets.List fileList;
	private Button typesOnly;
	private Text mapping;
	private Button removeMissing;
	private CsvMappingPreview csvPreview;
	private final List<Button> kindButtons = new ArrayList<>();

	ImportSourcePage(String plantName) {
		super("source");
		setTitle("Import into " + plantName);
		setDescription("Choose what to read. Nothing changes until you have seen what the import would do.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		for (ImportSourceKind each : ImportSourceKind.values()) {
			Button radio = new Button(page, SWT.RADIO);
			radio.setText(each.label);
			radio.setData(each);
			radio.setSelection(each == kind);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(radio);
			radio.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> {
				if (radio.getSelection()) {
					kind = each;
					update();
				}
			}));
			kindButtons.add(radio);
		}
		Label filesLabel = new Label(page, SWT.NONE);
		filesLabel.setText("&Files:");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(filesLabel);
		fileList = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 120).applyTo(fileList);
		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, "Add &File…", this::addFile);
		button(buttons, "Add F&older…", this::addFolder);
		button(buttons, "&Remove", this::removeSelected);

		Group options = new Group(page, SWT.NONE);
		options.setText("Options");
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(options);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(options);
		typesOnly = new Button(options, SWT.CHECK);
		typesOnly.setText("NodeSet2: &types only (equipment types, no instances)");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(typesOnly);
		new Label(options, SWT.NONE).setText("CSV &mapping file:");
		mapping = new Text(options, SWT.BORDER);
		mapping.setMessage("optional: field=Header lines; headers are recognised otherwise");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(mapping);
		button(options, "Bro&wse…", () -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			String chosen = dialog.open();
			if (chosen != null) {
				mapping.setText(chosen);
			}
		});
		removeMissing = new Button(options, SWT.CHECK);
		removeMissing.setText("Re&move elements this source made earlier and no longer has");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(removeMissing);
		csvPreview = new CsvMappingPreview(page);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(csvPreview.control());
		mapping.addModifyListener(e -> update());
		setControl(page);
		update();
	}

	/** For tests and for the wizard's defaults: choose the kind and the files as a user would. */
	void choose(ImportSourceKind chosenKind, List<Path> chosenFiles) {
		kind = chosenKind;
		for (Button radio : kindButtons) {
			radio.setSelection(radio.getData() == chosenKind);
		}
		files.clear();
		files.addAll(chosenFiles);
		update();
	}

	/** The CSV columns as the preview shows them ("Tag ← Tagname"), for tests. */
	java.util.List<String> csvMapping() {
		return csvPreview.shownMapping();
	}

	ImportRequest request() {
		String mappingText = mapping.getText().strip();
		@Nullable
		Path mappingFile = mappingText.isEmpty() ? null : Path.of(mappingText);
		return new ImportRequest(kind, List.copyOf(files), typesOnly.getSelection(), mappingFile,
				removeMissing.getSelection());
	}

	private void addFile() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | (kind.manyFiles ? SWT.MULTI : SWT.SINGLE));
		dialog.setFilterExtensions(kind == ImportSourceKind.CSV
				? new String[]{"*.csv;*.txt", "*"}
				: kind == ImportSourceKind.AML ? new String[]{"*.aml;*.xml", "*"} : new String[]{"*.xml", "*"});
		if (dialog.open() == null) {
			return;
		}
		if (!kind.manyFiles) {
			files.clear();
		}
		for (String name : dialog.getFileNames()) {
			files.add(Path.of(dialog.getFilterPath(), name));
		}
		update();
	}

	private void addFolder() {
		String folder = new DirectoryDialog(getShell()).open();
		if (folder != null) {
			files.add(Path.of(folder));
			update();
		}
	}

	private void removeSelected() {
		int[] selected = fileList.getSelectionIndices();
		for (int i = selected.length - 1; i >= 0; i--) {
			files.remove(selected[i]);
		}
		update();
	}

	private void update() {
		if (fileList == null) {
			return;
		}
		fileList.setItems(files.stream().map(Path::toString).toArray(String[]::new));
		typesOnly.setEnabled(kind == ImportSourceKind.NODESET);
		mapping.setEnabled(kind == ImportSourceKind.CSV);
		String problem = files.isEmpty()
				? "Add the " + (kind.manyFiles ? "files or folders" : "file") + " to read."
				: !kind.manyFiles && files.size() > 1 ? "This import reads one file." : null;
		csvPreview.control().setVisible(kind == ImportSourceKind.CSV);
		String unreadable = kind == ImportSourceKind.CSV && problem == null
				? csvPreview.show(files.get(0), request().mapping())
				: csvPreview.show(null, null);
		setErrorMessage(unreadable);
		setMessage(problem);
		setPageComplete(problem == null && unreadable == null);
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> action.run()));
	}
}
