// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.jspecify.annotations.Nullable;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.twinworks.core.persistence.AtomicFileWriter;

/**
 * Help > Getting Started: a page shipped in this bundle, copied to the bundle's state folder (a bundle's entries
 * are not files a browser can open when the product runs from a jar) and opened in the system browser; in a
 * window of our own when the desktop has no browser. The Eclipse help system is not used: its display bundles
 * (org.eclipse.help.base, .ui, .webapp) need Lucene, Jetty and Jasper bundles that Maven Central does not have.
 */
public final class GettingStarted {
	/** The page inside this bundle. */
	public static final String ENTRY = "help/getting-started.html";
	private static final Predicate<String> SYSTEM = Program::launch;
	private static Predicate<String> launcher = SYSTEM;

	private GettingStarted() {
	}

	/** Shows the guide; true when the system browser took it, false when our own window showed it. UI thread. */
	public static boolean open(Shell shell) throws IOException {
		Path page = pageFile();
		if (currentLauncher().test(page.toUri().toString())) {
			return true;
		}
		new GettingStartedDialog(shell, page).open();
		return false;
	}

	/** The guide as a file, refreshed from the bundle on every call (a new version replaces an old copy). */
	public static Path pageFile() throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(GettingStarted.class);
		URL entry = bundle.getEntry(ENTRY);
		if (entry == null) {
			throw new IOException("The Getting Started page " + ENTRY + " is missing from " + bundle.getSymbolicName());
		}
		Path target = Platform.getStateLocation(bundle).toPath().resolve(ENTRY);
		Files.createDirectories(target.getParent());
		try (InputStream in = FileLocator.toFileURL(entry).openStream()) {
			AtomicFileWriter.writeWithoutBackup(target, in::transferTo);
		}
		return target;
	}

	/**
	 * Puts {@code replacement} (null: the system's launch again) in place of {@link Program#launch(String)}, so tests
	 * open no browser; returns what was there.
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
