// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.Test;

/**
 * The workbench's SVG icons go through jsvg and Java2D. With AWT headful that starts AWT's own X11 toolkit in
 * our GTK process (a second X client and its "AWT-XAWT" event thread, X error handlers replaced process-wide,
 * Xlib never made thread-safe): the workbench keeps AWT headless, so icons are drawn in memory only.
 */
class HeadlessAwtTest {
	/** A blur filter is what makes jsvg ask for the AWT toolkit (some workbench icons have one). */
	private static final String BLURRED_ICON = """
			<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">
			  <filter id="soft"><feGaussianBlur stdDeviation="1"/></filter>
			  <rect x="2" y="2" width="12" height="12" fill="#3070c0" filter="url(#soft)"/>
			</svg>
			""";

	@Test
	void rasterizingAnSvgIconStartsNoX11ToolkitBesideGtk() {
		ImageData icon = new ImageData(new ByteArrayInputStream(BLURRED_ICON.getBytes(StandardCharsets.UTF_8)));
		assertEquals(16, icon.width, "the icon was rasterized");
		assertTrue(GraphicsEnvironment.isHeadless(), "AWT is headless in the workbench");
		List<String> awtThreads = Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
				.filter(name -> name.startsWith("AWT-XAWT")).toList();
		assertEquals(List.of(), awtThreads, "AWT's X11 event thread runs beside GTK's");
	}
}
