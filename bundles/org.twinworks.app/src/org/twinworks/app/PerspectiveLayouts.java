// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;

/** Shared helper: a view that is not installed (yet) becomes a placeholder instead of an error part. */
final class PerspectiveLayouts {

	private PerspectiveLayouts() {
	}

	static void addIfInstalled(IFolderLayout folder, String viewId) {
		if (isInstalled(viewId)) {
			folder.addView(viewId);
		} else {
			folder.addPlaceholder(viewId);
		}
	}

	static void addShortcut(IPageLayout layout, String viewId) {
		if (isInstalled(viewId)) {
			layout.addShowViewShortcut(viewId);
		}
	}

	private static boolean isInstalled(String viewId) {
		return PlatformUI.getWorkbench().getViewRegistry().find(viewId) != null;
	}
}
