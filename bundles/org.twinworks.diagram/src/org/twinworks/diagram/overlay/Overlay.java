package org.twinworks.diagram.overlay;

import org.eclipse.swt.graphics.RGB;

/**
 * What the live layer puts on one node: a short text (value and unit, or the age of a stale value) and an
 * emphasis; {@code accent} colours alarm outlines and running tints (null for the default).
 */
public record Overlay(String text, Emphasis emphasis, RGB accent) {

	public static Overlay of(String text) {
		return new Overlay(text, Emphasis.NORMAL, null);
	}
}
