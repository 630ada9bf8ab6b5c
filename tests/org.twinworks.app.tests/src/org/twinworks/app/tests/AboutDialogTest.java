// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.app.AboutDialog;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.Widgets;

@ExtendWith(ScreenshotOnFailure.class)
class AboutDialogTest {

	private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+.*");

	@Test
	void listsTheRunningVersionOfEveryComponent() {
		AboutDialog dialog = new AboutDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Table table = Widgets.find(dialog.getShell(), Table.class, t -> true).orElseThrow();
			List<String[]> rows = Arrays.stream(table.getItems()).map(AboutDialogTest::cells).toList();
			for (String component : List.of("Twinworks", "SWT", "EMF Ecore", "Eclipse Milo milo-sdk-client",
					"Eclipse ELK", "NatTable")) {
				String[] row = rows.stream().filter(r -> r[0].equals(component)).findFirst()
						.orElseThrow(() -> new AssertionError(component + " missing from About"));
				assertTrue(VERSION.matcher(row[1]).matches(), component + " has no version: " + row[1]);
			}
			for (String module : System.getProperty("twinworks.milo.expected").split(",")) {
				String[] nameAndVersion = module.split(":");
				assertTrue(rows.stream().anyMatch(
						r -> r[0].equals("Eclipse Milo " + nameAndVersion[0]) && r[1].equals(nameAndVersion[1])),
						"Milo " + module + " as pinned");
			}
		} finally {
			dialog.close();
		}
	}

	private static String[] cells(TableItem item) {
		return new String[]{item.getText(0), item.getText(1)};
	}
}
