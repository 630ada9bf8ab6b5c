// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui;

import java.util.Map;

import org.twinworks.events.EventFrame;

/**
 * What a kept frame costs the heap, estimated from what varies with the input: its message and the values it captured
 * (each an entry, a boxed number or a text). Tags, sources and equipment are shared with the model, so not counted.
 */
final class FrameFootprint {
	// the frame, its map entry in the book, its key, the instants and two small maps
	private static final int FIXED = 240;
	private static final int PER_VALUE = 56;

	private FrameFootprint() {
	}

	static long bytes(EventFrame frame) {
		return FIXED + 2L * frame.message().length() + captured(frame.atStart()) + captured(frame.atEnd());
	}

	private static long captured(Map<String, Object> values) {
		long bytes = 0;
		for (Object value : values.values()) {
			bytes += PER_VALUE + (value instanceof CharSequence text ? 2L * text.length() : 0);
		}
		return bytes;
	}
}
