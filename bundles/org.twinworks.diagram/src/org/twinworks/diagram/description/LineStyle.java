package org.twinworks.diagram.description;

/** How a line is stroked; in P&ID terms: pipes solid, signals dashed, electrical dash-dot. */
public enum LineStyle {
	SOLID, DASHED, DOTTED, DASH_DOT
}
