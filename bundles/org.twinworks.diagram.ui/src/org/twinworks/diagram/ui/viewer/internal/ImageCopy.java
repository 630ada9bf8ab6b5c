// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.viewer.internal;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Pattern;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Copies regions of an off-screen image 1:1 onto a GC by filling them with a pattern of the image's own surface.
 * SWT 3.135's {@code GC.drawImage} reads the whole source image back into an {@code ImageData} on every call (a
 * megabyte for a 600 × 450 buffer): with live values that read-back cost more than drawing the overlays. A pattern
 * fill is a native copy. Expects the GC's identity transform, so image and GC pixels coincide.
 */
final class ImageCopy {
	private final Image image;
	private final Pattern pattern;

	ImageCopy(Image image) {
		this.image = image;
		this.pattern = new Pattern(image.getDevice(), image);
	}

	Image image() {
		return image;
	}

	void copy(GC gc, int x, int y, int width, int height) {
		Pattern before = gc.getBackgroundPattern();
		gc.setBackgroundPattern(pattern);
		try {
			gc.fillRectangle(x, y, width, height);
		} finally {
			// the GC never keeps our pattern selected: it may outlive this copy's dispose()
			gc.setBackgroundPattern(before);
		}
	}

	void copy(GC gc, Rectangle r) {
		copy(gc, r.x, r.y, r.width, r.height);
	}

	/** Disposes the pattern and the image. */
	void dispose() {
		pattern.dispose();
		image.dispose();
	}
}
