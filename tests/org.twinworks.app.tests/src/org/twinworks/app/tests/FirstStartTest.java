// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.app.GettingStarted;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;

/** The first start: a maximized window on a fresh workspace, and Help > Getting Started. */
@ExtendWith(ScreenshotOnFailure.class)
class FirstStartTest {
	private final List<String> launched = new ArrayList<>();
	private Predicate<String> previous;

	@AfterEach
	void restoreTheLauncher() {
		if (previous != null) {
			GettingStarted.replaceLauncher(previous);
		}
	}

	@Test
	void theWindowOpensMaximizedOnAFreshWorkspace() {
		// the test runtime starts on a new, empty workspace: this is the product's first start
		IWorkbenchWindow window = activeWindow();
		UiWait.until(() -> window.getShell().isVisible(), Duration.ofSeconds(20), "the workbench shell to show");
		assertTrue(window.getShell().getMaximized(), "the first window of a fresh workspace is maximized");
	}

	@Test
	void theGuideNamesTheDemoTheServerTheCertificatesAndTheShortcuts() throws Exception {
		Path page = GettingStarted.pageFile();
		assertTrue(Files.isRegularFile(page), page.toString());
		String html = Files.readString(page);
		for (String expected : List.of("What the demo shows", "Connecting to your own server",
				"Where the certificates live", "org.twinworks.ui/pki/", "trusted/certs/", "Keyboard shortcuts",
				"Ctrl+Z", "F2", "Ctrl+Shift+F", "Ctrl+Alt+S", "Ctrl+Alt+R")) {
			assertTrue(html.contains(expected), "the guide does not mention " + expected);
		}
	}

	@Test
	void helpGettingStartedOpensTheGuideInTheSystemBrowser() {
		previous = GettingStarted.replaceLauncher(url -> launched.add(url));
		helpMenuItem("Getting Started").run();
		assertEquals(1, launched.size());
		assertTrue(launched.get(0).startsWith("file:") && launched.get(0).endsWith("getting-started.html"),
				launched.get(0));
	}

	@Test
	void withoutABrowserTheGuideOpensInAWindowOfOurOwn() {
		previous = GettingStarted.replaceLauncher(url -> false);
		Display display = Display.getCurrent();
		List<Shell> seen = new ArrayList<>();
		Runnable[] closeWhenOpen = new Runnable[1];
		closeWhenOpen[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && shell.getText().startsWith("Getting Started with")) {
					seen.add(shell);
					shell.close();
					return;
				}
			}
			if (seen.isEmpty() && launched.size() < 100) {
				launched.add("waiting");
				display.timerExec(100, closeWhenOpen[0]);
			}
		};
		display.timerExec(100, closeWhenOpen[0]);
		IAction gettingStarted = helpMenuItem("Getting Started");
		gettingStarted.run();
		assertEquals(1, seen.size(), "the fallback window did not open");
		assertTrue(seen.get(0).isDisposed(), "closing the fallback window disposes it");
	}

	/** The action behind a Help menu item, found in the window's real menu bar. */
	private static IAction helpMenuItem(String text) {
		Menu bar = activeWindow().getShell().getMenuBar();
		for (MenuItem top : bar.getItems()) {
			if (top.getText().replace("&", "").equals("Help")) {
				Menu help = top.getMenu();
				help.notifyListeners(SWT.Show, new Event());
				for (MenuItem item : help.getItems()) {
					if (item.getText().replace("&", "").startsWith(text)
							&& item.getData() instanceof ActionContributionItem contribution) {
						return contribution.getAction();
					}
				}
			}
		}
		throw new AssertionError("Help has no " + text);
	}

	private static IWorkbenchWindow activeWindow() {
		return UiWait.forValue(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow(), Duration.ofSeconds(20),
				"an active workbench window");
	}
}
