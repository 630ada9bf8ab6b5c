// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.geometry;

import org.jspecify.annotations.Nullable;

/** A colour, each channel 0 to 255. */
public record Rgb(int red, int green, int blue) {

	public static final Rgb BLACK = new Rgb(0, 0, 0);
	public static final Rgb WHITE = new Rgb(255, 255, 255);

	public Rgb {
		if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
			throw new IllegalArgumentException("not a colour: " + red + ", " + green + ", " + blue);
		}
	}

	/** {@code #rrggbb}, or null when the text is not such a colour. */
	public static @Nullable Rgb parse(@Nullable String hex) {
		if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
			return null;
		}
		int value = Integer.parseInt(hex.substring(1), 16);
		return new Rgb((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
	}

	/** {@code #rrggbb}, lower case. */
	public String hex() {
		return String.format("#%02x%02x%02x", red, green, blue);
	}
}
