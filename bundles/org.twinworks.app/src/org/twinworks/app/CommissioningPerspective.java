// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app;

import static org.twinworks.app.PerspectiveLayouts.addIfInstalled;
import static org.twinworks.app.PerspectiveLayouts.addShortcut;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * Connecting the model to the plant: connections and the OPC UA browser left, the diagram or I/O list
 * centre, trends and reconciliation below, problems and the audit log beside them.
 */
public final class CommissioningPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
		addIfInstalled(left, ViewIds.CONNECTIONS);
		addIfInstalled(left, ViewIds.PROJECT_EXPLORER);
		IFolderLayout leftBottom = layout.createFolder("leftBottom", IPageLayout.BOTTOM, 0.5f, "left");
		addIfInstalled(leftBottom, ViewIds.OPCUA_BROWSER);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.65f, editors);
		addIfInstalled(bottom, ViewIds.TRENDS);
		addIfInstalled(bottom, ViewIds.PLAYBACK);
		addIfInstalled(bottom, ViewIds.RECONCILIATION);
		addIfInstalled(bottom, ViewIds.PROBLEMS);
		addIfInstalled(bottom, ViewIds.AUDIT_LOG);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.75f, editors);
		addIfInstalled(right, ViewIds.PROPERTIES);
		addIfInstalled(right, ViewIds.OUTLINE);
		for (String id : new String[]{ViewIds.CONNECTIONS, ViewIds.OPCUA_BROWSER, ViewIds.TRENDS, ViewIds.PLAYBACK,
				ViewIds.RECONCILIATION, ViewIds.AUDIT_LOG, ViewIds.PROBLEMS, ViewIds.PROPERTIES}) {
			addShortcut(layout, id);
		}
		layout.addPerspectiveShortcut(Perspectives.DESIGN);
	}
}
