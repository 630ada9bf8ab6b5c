// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.badges;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.statushandlers.StatusManager;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.check.CheckView;
import org.twinworks.ui.editor.PlantEditor;

/**
 * Open Check on a badged equipment or signal: the Check view comes up with the check that decides the badge (the
 * failed one on a red equipment), not merely the element's first check.
 */
public final class OpenCheck {
	public static final String LABEL = "Open Check";
	private final PlantEditor editor;
	private final CheckStates states;

	OpenCheck(PlantEditor editor, CheckStates states) {
		this.editor = editor;
		this.states = states;
	}

	/** Shows the check of {@code element} in the Check view; returns the view, or null when it has no check. */
	public @Nullable CheckView element(EObject element) {
		CheckStates.Entry entry = states.of(element);
		EditorCampaign campaign = EditorCampaign.existing(editor);
		if (entry == null || campaign == null) {
			return null;
		}
		IWorkbenchPage page = editor.getSite().getPage();
		try {
			CheckView view = (CheckView) page.showView(CheckView.ID, null, IWorkbenchPage.VIEW_ACTIVATE);
			view.show(campaign, entry.worst());
			return view;
		} catch (PartInitException e) {
			StatusManager.getManager()
					.handle(new Status(IStatus.ERROR, "org.twinworks.commissioning.ui",
							"Could not open the Check view: " + e.getMessage(), e),
							StatusManager.SHOW | StatusManager.LOG);
			return null;
		}
	}
}
