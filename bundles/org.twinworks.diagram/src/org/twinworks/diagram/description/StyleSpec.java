// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

import org.twinworks.diagram.geometry.Rgb;

/**
 * How a figure looks. Immutable; mappings hold a base style, conditional styles and the notation's own
 * overrides derive new ones with the {@code with…} methods.
 *
 * @param fill      null for no fill
 * @param stroke    outline and line colour
 * @param text      label colour
 * @param lineWidth in diagram units
 * @param fontSize  label size in diagram units (pixels at 100 %)
 */
public record StyleSpec(Rgb fill, Rgb stroke, Rgb text, float lineWidth, LineStyle line, int fontSize) {

	public static final Rgb BLACK = Rgb.BLACK;
	public static final Rgb WHITE = Rgb.WHITE;
	public static final StyleSpec DEFAULT = new StyleSpec(WHITE, new Rgb(40, 40, 40), new Rgb(20, 20, 20), 1.5f,
			LineStyle.SOLID, 11);

	public StyleSpec withFill(Rgb value) {
		return new StyleSpec(value, stroke, text, lineWidth, line, fontSize);
	}

	public StyleSpec withStroke(Rgb value) {
		return new StyleSpec(fill, value, text, lineWidth, line, fontSize);
	}

	public StyleSpec withText(Rgb value) {
		return new StyleSpec(fill, stroke, value, lineWidth, line, fontSize);
	}

	public StyleSpec withLineWidth(float value) {
		return new StyleSpec(fill, stroke, text, value, line, fontSize);
	}

	public StyleSpec withLine(LineStyle value) {
		return new StyleSpec(fill, stroke, text, lineWidth, value, fontSize);
	}

	public StyleSpec withFontSize(int value) {
		return new StyleSpec(fill, stroke, text, lineWidth, line, value);
	}

	/** {@code #rrggbb}, or null when the text is not such a colour. */
	public static Rgb parseColour(String hex) {
		return Rgb.parse(hex);
	}

	public static String format(Rgb rgb) {
		return rgb.hex();
	}
}
