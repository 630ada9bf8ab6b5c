// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.ui.render;

import org.jspecify.annotations.Nullable;

/**
 * A font-independent estimate of text width, for layout decisions made without a display (scene bounds,
 * hit boxes, SVG). Real drawing measures with the real font.
 */
public final class TextMetrics {
	private static final float AVERAGE_ADVANCE = 0.58f;

	private TextMetrics() {
	}

	public static int estimateWidth(@Nullable String text, int size, boolean bold) {
		if (text == null || text.isEmpty()) {
			return 0;
		}
		return Math.round(text.length() * size * (bold ? AVERAGE_ADVANCE + 0.05f : AVERAGE_ADVANCE));
	}

	/** Line height for a font of {@code size} units. */
	public static int lineHeight(int size) {
		return Math.round(size * 1.3f);
	}
}
