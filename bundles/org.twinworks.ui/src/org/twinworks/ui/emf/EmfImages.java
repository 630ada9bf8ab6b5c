// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.emf;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.CompositeImageDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;

/** Item providers describe images as URLs or composed overlays; this turns them into shared SWT images. */
public final class EmfImages {
	private final ResourceManager resources;
	// keyed by the URL's text: URL.equals may resolve host names, and a tree asks once per item
	private final Map<String, Image> byUrl = new HashMap<>();

	public EmfImages(ResourceManager resources) {
		this.resources = resources;
	}

	public Image get(Object image) {
		if (image instanceof URL url) {
			return byUrl.computeIfAbsent(url.toExternalForm(),
					key -> resources.create(ImageDescriptor.createFromURL(url)));
		}
		ImageDescriptor descriptor = descriptor(image);
		return descriptor == null ? null : resources.create(descriptor);
	}

	static ImageDescriptor descriptor(Object image) {
		if (image instanceof ImageDescriptor descriptor) {
			return descriptor;
		}
		if (image instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (image instanceof ComposedImage composed) {
			List<ImageDescriptor> layers = new ArrayList<>();
			for (Object layer : composed.getImages()) {
				ImageDescriptor d = descriptor(layer);
				if (d != null) {
					layers.add(d);
				}
			}
			return layers.isEmpty() ? null : new Layers(layers);
		}
		return null;
	}

	/** Draws overlays on top of the base image, all at the origin (EMF's decorations are full-size). */
	private static final class Layers extends CompositeImageDescriptor {
		private final List<ImageDescriptor> layers;

		Layers(List<ImageDescriptor> layers) {
			this.layers = layers;
		}

		@Override
		protected void drawCompositeImage(int width, int height) {
			for (ImageDescriptor layer : layers) {
				drawImage(createCachedImageDataProvider(layer), 0, 0);
			}
		}

		@Override
		protected Point getSize() {
			ImageData base = layers.get(0).getImageData(100);
			return base == null ? new Point(16, 16) : new Point(base.width, base.height);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Layers l && l.layers.equals(layers);
		}

		@Override
		public int hashCode() {
			return layers.hashCode();
		}
	}
}
