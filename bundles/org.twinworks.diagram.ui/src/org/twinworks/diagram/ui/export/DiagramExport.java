// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.twinworks.diagram.ui.render.FontCache;
import org.twinworks.diagram.ui.render.Scene;
import org.twinworks.diagram.ui.render.SceneRenderer;
import org.twinworks.diagram.ui.render.SwtSurface;
import org.twinworks.core.persistence.AtomicFileWriter;

/** A diagram as a PNG (at a chosen scale) or an SVG file, drawn by the same renderer as the screen. */
public final class DiagramExport {
	private static final int MARGIN = 20;
	/** An image this big would need gigabytes; refuse rather than die of OutOfMemoryError. */
	private static final long MAX_PIXELS = 80_000_000L;

	private DiagramExport() {
	}

	/** The region exported: everything drawn plus a margin. */
	public static Rectangle area(Scene scene) {
		Rectangle e = scene.extent();
		return new Rectangle(e.x - MARGIN, e.y - MARGIN, e.width + 2 * MARGIN, e.height + 2 * MARGIN);
	}

	public static String svg(Scene scene, SceneRenderer renderer) {
		Rectangle area = area(scene);
		StringBuilder body = new StringBuilder(scene.nodes().size() * 400 + 1024);
		body.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
				.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(area.width)
				.append("\" height=\"").append(area.height).append("\" viewBox=\"").append(area.x).append(' ')
				.append(area.y).append(' ').append(area.width).append(' ').append(area.height).append("\">\n");
		SvgSurface surface = new SvgSurface(body);
		renderer.paint(scene, surface, area, 1.0);
		surface.clearClip();
		body.append("</svg>\n");
		return body.toString();
	}

	public static void writeSvg(Scene scene, SceneRenderer renderer, Path file) throws IOException {
		byte[] bytes = svg(scene, renderer).getBytes(StandardCharsets.UTF_8);
		AtomicFileWriter.writeWithoutBackup(file, out -> out.write(bytes));
	}

	/** Renders into image data at {@code scale} (1 = 100 %). */
	public static ImageData image(Device device, Scene scene, SceneRenderer renderer, double scale) {
		Rectangle area = area(scene);
		int width = Math.max(1, (int) Math.ceil(area.width * scale));
		int height = Math.max(1, (int) Math.ceil(area.height * scale));
		if ((long) width * height > MAX_PIXELS) {
			throw new IllegalArgumentException(
					"an image of " + width + " × " + height + " pixels is too large; choose a smaller scale");
		}
		Image image = new Image(device, width, height);
		try {
			GC gc = new GC(image);
			try {
				gc.setAntialias(SWT.ON);
				gc.setTextAntialias(SWT.ON);
				paintScaled(gc, scene, renderer, area, scale);
			} finally {
				gc.dispose();
			}
			return image.getImageData();
		} finally {
			image.dispose();
		}
	}

	/** Paints {@code area} of the scene onto any GC (image, printer, thumbnail) at {@code scale}, from (0, 0). */
	public static void paintScaled(GC gc, Scene scene, SceneRenderer renderer, Rectangle area, double scale) {
		Device device = gc.getDevice();
		Transform transform = new Transform(device);
		try (FontCache fonts = new FontCache(device)) {
			transform.scale((float) scale, (float) scale);
			transform.translate(-area.x, -area.y);
			gc.setTransform(transform);
			renderer.paint(scene, new SwtSurface(gc, fonts), area, scale);
		} finally {
			// the caller's GC outlives our fonts and transform: it must not keep them selected
			gc.setFont(null);
			gc.setTransform(null);
			transform.dispose();
		}
	}

	public static void writePng(Device device, Scene scene, SceneRenderer renderer, double scale, Path file)
			throws IOException {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[]{image(device, scene, renderer, scale)};
		AtomicFileWriter.writeWithoutBackup(file, out -> loader.save(out, SWT.IMAGE_PNG));
	}
}
