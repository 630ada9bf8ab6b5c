// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.overlay;

/** A small marker on a node's corner with a tooltip: validation problems, reconciliation mismatches. */
public record Decoration(Severity severity, String message) {

	public enum Severity {
		INFO, WARNING, ERROR
	}
}
