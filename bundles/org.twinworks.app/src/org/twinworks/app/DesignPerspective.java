// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app;

import static org.twinworks.app.PerspectiveLayouts.addIfInstalled;
import static org.twinworks.app.PerspectiveLayouts.addShortcut;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.twinworks.ui.wizards.NewPlantModelWizard;
import org.twinworks.ui.wizards.NewTwinworksProjectWizard;

/** Modelling the plant: explorer left, editors centre, outline right, properties and problems below. */
public final class DesignPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
		addIfInstalled(left, ViewIds.PROJECT_EXPLORER);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.75f, editors);
		addIfInstalled(right, ViewIds.OUTLINE);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editors);
		addIfInstalled(bottom, ViewIds.PROPERTIES);
		addIfInstalled(bottom, ViewIds.PROBLEMS);
		addIfInstalled(bottom, ViewIds.PROGRESS);
		for (String id : new String[]{ViewIds.PROJECT_EXPLORER, ViewIds.OUTLINE, ViewIds.PROPERTIES,
				ViewIds.PROBLEMS}) {
			addShortcut(layout, id);
		}
		layout.addNewWizardShortcut(NewTwinworksProjectWizard.ID);
		layout.addNewWizardShortcut(NewPlantModelWizard.ID);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addPerspectiveShortcut(Perspectives.COMMISSIONING);
	}
}
