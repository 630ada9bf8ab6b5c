// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.report;

import java.nio.file.Path;
import java.util.function.Predicate;

import org.eclipse.swt.program.Program;
import org.jspecify.annotations.Nullable;

/**
 * Opens a finished report with the program the desktop has for it (browser, PDF viewer, spreadsheet). Tests put a
 * recorder in place of the launch, so no viewer starts on the build machine.
 */
public final class ReportOpener {
	private static final Predicate<String> SYSTEM = Program::launch;
	private static Predicate<String> launcher = SYSTEM;

	private ReportOpener() {
	}

	/** Launches the file's program; false when the desktop has none (or could not start it). UI thread. */
	public static boolean open(Path file) {
		return currentLauncher().test(file.toAbsolutePath().toString());
	}

	/**
	 * Puts {@code replacement} (null: the system's launch again) in place of {@link Program#launch(String)}; returns
	 * what was there.
	 */
	public static synchronized Predicate<String> replaceLauncher(@Nullable Predicate<String> replacement) {
		Predicate<String> previous = launcher;
		launcher = replacement == null ? SYSTEM : replacement;
		return previous;
	}

	private static synchronized Predicate<String> currentLauncher() {
		return launcher;
	}
}
