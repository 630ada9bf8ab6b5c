// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

/**
 * Names of the symbols every symbol library draws, for mappings to refer to without depending on rendering
 * (a description's own symbols are named by its library).
 */
public final class BuiltInSymbols {
	public static final String RECTANGLE = "rectangle";
	public static final String ROUNDED = "rounded";
	public static final String ELLIPSE = "ellipse";
	public static final String CONTAINER = "container";
	public static final String PORT = "port";

	private BuiltInSymbols() {
	}
}
