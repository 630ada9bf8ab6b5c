// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.tests.harness;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit 5 extension: when a UI test fails, every open shell is saved as a PNG named after the test, so a
 * failure on a headless CI machine can be looked at.
 */
public final class ScreenshotOnFailure implements TestWatcher {

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		Display display = Display.getCurrent();
		if (display == null) {
			display = Display.findDisplay(Thread.currentThread());
		}
		if (display == null || display.isDisposed()) {
			return;
		}
		String name = context.getRequiredTestClass().getSimpleName() + "."
				+ context.getDisplayName().replaceAll("[^A-Za-z0-9._-]", "_");
		Shell[] shells = display.getShells();
		for (int i = 0; i < shells.length; i++) {
			if (shells[i].isDisposed() || !shells[i].isVisible()) {
				continue;
			}
			Path file = Screenshots.directory().resolve(name + (i == 0 ? "" : "-" + i) + ".png");
			try {
				Screenshots.save(Screenshots.capture(shells[i]), file);
				System.err.println("Screenshot of failed test: " + file.toAbsolutePath());
			} catch (IOException | RuntimeException e) {
				System.err.println("Could not save screenshot " + file + ": " + e);
			}
		}
	}
}
