// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.tests;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Display;

/** A control's context menu as a user would see it when it opens: item text (without mnemonics) and enablement. */
final class LiveMenus {

	private LiveMenus() {
	}

	/** Fills the menu as opening it does (its Show event), reads it, and lets it close again. */
	static Map<String, MenuItem> shown(Control control) {
		Menu menu = control.getMenu();
		menu.notifyListeners(SWT.Show, null);
		Map<String, MenuItem> items = new LinkedHashMap<>();
		for (MenuItem item : menu.getItems()) {
			items.put(item.getText().replace("&", "").split("\t")[0], item);
		}
		return items;
	}

	static void hide(Control control) {
		control.getMenu().notifyListeners(SWT.Hide, null);
	}

	/** The open shell whose title starts with {@code title}, or null. */
	static Shell shell(String title) {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && shell.getText().startsWith(title)) {
				return shell;
			}
		}
		return null;
	}
}
