// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

/** How a line is stroked; in P&ID terms: pipes solid, signals dashed, electrical dash-dot. */
public enum LineStyle {
	SOLID, DASHED, DOTTED, DASH_DOT
}
