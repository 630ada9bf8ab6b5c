// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.twinworks.ui.editor.PlantEditor;

/** File > New > Twinworks Project: a project with a first plant model in it. */
public final class NewTwinworksProjectWizard extends Wizard implements INewWizard {
	public static final String ID = "org.twinworks.ui.wizards.newProject";
	private IWorkbench workbench;
	private ProjectPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		setWindowTitle("New Twinworks Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new ProjectPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		IFile model = project.getFile("plant.twin");
		boolean demo = page.demo;
		try {
			getContainer().run(false, false, monitor -> {
				try {
					if (!project.exists()) {
						project.create(monitor);
					}
					project.open(monitor);
					if (demo) {
						PlantModels.writeDemo(model.getLocation().toPath());
					} else {
						PlantModels.writeEmpty(model.getLocation().toPath(), project.getName());
					}
					project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
				} catch (CoreException | IOException e) {
					throw new InvocationTargetException(e);
				}
			});
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), model, PlantEditor.ID);
			return true;
		} catch (InvocationTargetException | PartInitException e) {
			Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
			MessageDialog.openError(getShell(), "New Twinworks Project",
					"Could not create " + project.getName() + ":\n" + cause.getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static final class ProjectPage extends WizardNewProjectCreationPage {
		boolean demo;

		ProjectPage() {
			super("project");
			setTitle("Twinworks Project");
			setDescription("A project holds plant models (.twin) and, later, their diagrams and recordings.");
		}

		@Override
		public void createControl(Composite parent) {
			super.createControl(parent);
			Composite control = (Composite) getControl();
			Button demoButton = new Button(control, SWT.CHECK);
			demoButton.setText("Start from the &demo plant (Riverside Water Works) instead of an empty plant");
			demoButton.addListener(SWT.Selection, e -> demo = demoButton.getSelection());
		}
	}
}
