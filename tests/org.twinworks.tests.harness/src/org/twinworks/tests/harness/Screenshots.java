// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.tests.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Captures what a control shows on screen into a PNG, for failed UI tests and for pixel checks. */
public final class Screenshots {

	private Screenshots() {
	}

	/** The pixels the control occupies on the display right now. */
	public static ImageData capture(Control control) {
		Display display = control.getDisplay();
		Rectangle bounds = display.map(control.getParent(), null, control.getBounds());
		if (control.getParent() == null) {
			bounds = control.getBounds();
		}
		Image image = new Image(display, Math.max(1, bounds.width), Math.max(1, bounds.height));
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	public static Path save(ImageData data, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[]{data};
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}

	/** Where screenshots of a test run go: -Dtwinworks.screenshots, else target/screenshots. */
	public static Path directory() {
		return Path.of(System.getProperty("twinworks.screenshots", "target/screenshots"));
	}
}
