// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.interop;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionListener;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.jspecify.annotations.Nullable;
import org.twinworks.interop.aas.AasExporter;
import org.twinworks.interop.aml.export.AmlExporter;
import org.twinworks.interop.csv.CsvTagListWriter;
import org.twinworks.interop.nodeset.export.ExportOptions;
import org.twinworks.interop.nodeset.export.ExportSummary;
import org.twinworks.interop.nodeset.export.NodeSetExporter;
import org.twinworks.model.Plant;
import org.twinworks.ui.editor.PlantEditor;

/**
 * File > Export > Twinworks > The Open Plant: as a NodeSet2 information model (other OPC UA tools and servers load
 * it) or as a CSV tag list (the format the import reads back). Written atomically, with progress.
 */
public final class ExportPlantWizard extends Wizard implements IExportWizard {

	private @Nullable Plant plant;
	private ExportPage page;
	private @Nullable String done;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		if (ImportPlantWizard.activePlantEditor(workbench) instanceof PlantEditor editor) {
			init(editor);
		}
		setWindowTitle("Export Plant");
	}

	public void init(PlantEditor editor) {
		setWindowTitle("Export Plant");
		setNeedsProgressMonitor(true);
		plant = editor.getLoaded() == null ? null : editor.getLoaded().plant();
	}

	@Override
	public void addPages() {
		page = new ExportPage();
		addPage(page);
	}

	/** Chooses the format and the file as the user would (tests). */
	public void preset(boolean nodeSet, Path file) {
		page.nodeSet.setSelection(nodeSet);
		page.csv.setSelection(!nodeSet);
		page.aml.setSelection(false);
		page.aas.setSelection(false);
		page.file.setText(file.toString());
	}

	/** Chooses AutomationML and the file as the user would (tests). */
	public void presetAml(Path file) {
		page.nodeSet.setSelection(false);
		page.csv.setSelection(false);
		page.aml.setSelection(true);
		page.aas.setSelection(false);
		page.file.setText(file.toString());
	}

	/** Chooses Asset Administration Shells and the file (.aasx or .json) as the user would (tests). */
	public void presetAas(Path file) {
		page.nodeSet.setSelection(false);
		page.csv.setSelection(false);
		page.aml.setSelection(false);
		page.aas.setSelection(true);
		page.file.setText(file.toString());
	}

	/** What the last export wrote, in a sentence, or null. */
	public @Nullable String done() {
		return done;
	}

	@Override
	public boolean performFinish() {
		Plant exported = plant;
		if (exported == null) {
			return false;
		}
		Path target = Path.of(page.file.getText().strip());
		boolean nodeSet = page.nodeSet.getSelection();
		boolean aml = page.aml.getSelection();
		boolean aas = page.aas.getSelection();
		String version = page.version.getText().strip().isEmpty()
				? ExportOptions.DEFAULT_VERSION
				: page.version.getText().strip();
		try {
			getContainer().run(true, false, (IProgressMonitor monitor) -> {
				monitor.beginTask("Writing " + target.getFileName(), IProgressMonitor.UNKNOWN);
				try {
					if (nodeSet) {
						ExportSummary summary = NodeSetExporter.export(exported, target,
								new ExportOptions(version, Instant.now().truncatedTo(ChronoUnit.SECONDS)));
						done = "Wrote " + target + ": " + summary.objectTypes() + " object types, " + summary.objects()
								+ " objects, " + summary.variables() + " variables"
								+ (summary.warnings().isEmpty() ? "" : "; " + String.join("; ", summary.warnings()));
					} else {
						if (aas) {
							done = "Wrote " + target + ": " + AasExporter.write(target, exported, List.of())
									+ " asset administration shells";
							return;
						}
						if (aml) {
							done = "Wrote " + target + ": " + AmlExporter.write(target, exported) + " CAEX elements";
							return;
						}
						CsvTagListWriter.write(target, exported);
						done = "Wrote " + target + ": " + CsvTagListWriter.signalsOf(exported).size() + " signals";
					}
				} catch (Exception e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
			return true;
		} catch (InvocationTargetException failed) {
			Throwable cause = failed.getCause() == null ? failed : failed.getCause();
			page.setErrorMessage("Could not export: " + (cause.getMessage() == null ? cause : cause.getMessage()));
			return false;
		} catch (InterruptedException cancelled) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The one page: format, file, and for NodeSet2 the model version. */
	private final class ExportPage extends WizardPage {
		Button nodeSet;
		Button csv;
		Button aml;
		Button aas;
		Text file;
		Text version;

		ExportPage() {
			super("export");
			setTitle(plant == null ? "Export Plant" : "Export " + plant.getName());
			setDescription(
					"A NodeSet2 model in the plant's namespace, the I/O list as a CSV tag list, the plant as AutomationML, or its equipment as Asset Administration Shells.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite control = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(control);
			nodeSet = radio(control,
					"OPC UA &NodeSet2 (.xml): types, hierarchy, signals with EURange, units and node ids");
			nodeSet.setSelection(true);
			csv = radio(control, "&CSV tag list (.csv): every signal, the format File > Import reads back");
			aml = radio(control, "&AutomationML (.aml, CAEX 3.0): hierarchy, ports, signals and connections");
			aas = radio(control,
					"Asset Administration &Shells (.aasx or .json): one per equipment, nameplate, technical and operational data");
			new Label(control, SWT.NONE).setText("&File:");
			file = new Text(control, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
			Button browse = new Button(control, SWT.PUSH);
			browse.setText("Bro&wse…");
			browse.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
				dialog.setOverwrite(true);
				dialog.setFilterExtensions(nodeSet.getSelection()
						? new String[]{"*.xml"}
						: aml.getSelection()
								? new String[]{"*.aml"}
								: aas.getSelection() ? new String[]{"*.aasx", "*.json"} : new String[]{"*.csv"});
				String chosen = dialog.open();
				if (chosen != null) {
					file.setText(chosen);
				}
			}));
			new Label(control, SWT.NONE).setText("Model &version:");
			version = new Text(control, SWT.BORDER);
			version.setText(ExportOptions.DEFAULT_VERSION);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(version);
			file.addModifyListener(e -> update());
			nodeSet.addSelectionListener(SelectionListener.widgetSelectedAdapter(e -> update()));
			setControl(control);
			update();
		}

		private Button radio(Composite parent, String text) {
			Button radio = new Button(parent, SWT.RADIO);
			radio.setText(text);
			GridDataFactory.fillDefaults().span(3, 1).applyTo(radio);
			return radio;
		}

		private void update() {
			version.setEnabled(nodeSet.getSelection());
			String problem = plant == null
					? "Open the plant model to export first."
					: file.getText().isBlank() ? "Choose the file to write." : null;
			setErrorMessage(plant == null ? problem : null);
			setMessage(plant == null ? null : problem);
			setPageComplete(problem == null);
		}
	}
}
