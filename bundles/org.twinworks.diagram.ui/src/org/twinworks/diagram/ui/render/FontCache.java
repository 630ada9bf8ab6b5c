// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.render;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;

/** Fonts by pixel size and weight for one device; whoever owns the cache disposes it. */
public final class FontCache implements AutoCloseable {
	private final Device device;
	private final String face;
	private final Map<Integer, Font> fonts = new HashMap<>();

	public FontCache(Device device) {
		this.device = device;
		FontData[] system = device.getSystemFont().getFontData();
		face = system.length == 0 ? "Sans" : system[0].getName();
	}

	/** A font whose em is {@code pixels} high at the device's resolution (diagram units are pixels at 100 %). */
	public Font get(int pixels, boolean bold) {
		int key = pixels * 2 + (bold ? 1 : 0);
		return fonts.computeIfAbsent(key, k -> {
			int dpi = Math.max(1, device.getDPI().y);
			float points = Math.max(1f, pixels * 72f / dpi);
			FontData data = new FontData(face, 1, bold ? SWT.BOLD : SWT.NORMAL);
			data.height = points;
			return new Font(device, data);
		});
	}

	@Override
	public void close() {
		fonts.values().forEach(Font::dispose);
		fonts.clear();
	}
}
