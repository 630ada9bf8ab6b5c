// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.twinworks.ui.editor.PlantEditor;

/** File > New > Plant Model: an empty plant or the demo plant, in a .twin file of a project. */
public final class NewPlantModelWizard extends Wizard implements INewWizard {
	public static final String ID = "org.twinworks.ui.wizards.newPlantModel";
	private IWorkbench workbench;
	private IStructuredSelection selection;
	private ModelFilePage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("New Plant Model");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new ModelFilePage(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		boolean demo = page.demo;
		String plantName = file.getName().replaceFirst("\\.twin$", "");
		try {
			getContainer().run(false, false, monitor -> {
				try {
					if (demo) {
						PlantModels.writeDemo(file.getLocation().toPath());
					} else {
						PlantModels.writeEmpty(file.getLocation().toPath(), plantName);
					}
					file.refreshLocal(IResource.DEPTH_ZERO, monitor);
				} catch (IOException | CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, PlantEditor.ID);
			return true;
		} catch (InvocationTargetException | PartInitException e) {
			Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
			MessageDialog.openError(getShell(), "New Plant Model",
					"Could not create " + file.getFullPath() + ":\n" + cause.getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The file location page, plus the choice of what the model starts with. */
	static final class ModelFilePage extends WizardNewFileCreationPage {
		boolean demo;

		ModelFilePage(IStructuredSelection selection) {
			super("file", selection);
			setTitle("Plant Model");
			setDescription("Create a plant model file (.twin): an empty plant, or the Riverside Water Works demo.");
			setFileExtension("twin");
			setFileName("plant.twin");
		}

		@Override
		protected void createAdvancedControls(Composite parent) {
			Group start = new Group(parent, SWT.NONE);
			start.setText("Start with");
			GridLayoutFactory.swtDefaults().applyTo(start);
			Button empty = new Button(start, SWT.RADIO);
			empty.setText("An &empty plant (one area, common units)");
			empty.setSelection(true);
			Button demoButton = new Button(start, SWT.RADIO);
			demoButton.setText("The &demo plant (Riverside Water Works)");
			demoButton.addListener(SWT.Selection, e -> demo = demoButton.getSelection());
		}

		@Override
		protected java.io.InputStream getInitialContents() {
			return null;
		}

		@Override
		protected org.eclipse.core.runtime.IStatus validateLinkedResource() {
			return Status.OK_STATUS;
		}

		@Override
		protected void createLinkTarget() {
			// no linked resources for model files
		}
	}
}
