package org.twinworks.diagram.description;

import org.eclipse.swt.graphics.RGB;

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
public record StyleSpec(RGB fill, RGB stroke, RGB text, float lineWidth, LineStyle line, int fontSize) {

	public static final RGB BLACK = new RGB(0, 0, 0);
	public static final RGB WHITE = new RGB(255, 255, 255);
	public static final StyleSpec DEFAULT = new StyleSpec(WHITE, new RGB(40, 40, 40), new RGB(20, 20, 20), 1.5f,
			LineStyle.SOLID, 11);

	public StyleSpec withFill(RGB value) {
		return new StyleSpec(value, stroke, text, lineWidth, line, fontSize);
	}

	public StyleSpec withStroke(RGB value) {
		return new StyleSpec(fill, value, text, lineWidth, line, fontSize);
	}

	public StyleSpec withText(RGB value) {
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
	public static RGB parseColour(String hex) {
		if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
			return null;
		}
		int value = Integer.parseInt(hex.substring(1), 16);
		return new RGB((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
	}

	public static String format(RGB rgb) {
		return String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
	}
}
