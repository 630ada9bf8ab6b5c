// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app;

/**
 * Keeps AWT headless inside the workbench. SWT rasterizes SVG icons with jsvg through Java2D, and jsvg asks for
 * the default AWT toolkit (filters such as a Gaussian blur): with a display that starts AWT's own X11 toolkit, a
 * second X client in our GTK process with an event thread of its own ("AWT-XAWT") and process-wide X error
 * handlers, while neither GDK nor AWT called XInitThreads, so Xlib's shared state is used from two threads
 * unlocked. Headless Java2D draws the same icons into memory and never touches X.
 */
final class HeadlessAwt {
	static final String PROPERTY = "java.awt.headless";

	private HeadlessAwt() {
	}

	/** Before anything draws an icon; AWT reads the property once, on its first use. */
	static void ensure() {
		if (System.getProperty(PROPERTY) == null) {
			System.setProperty(PROPERTY, "true");
		}
	}
}
