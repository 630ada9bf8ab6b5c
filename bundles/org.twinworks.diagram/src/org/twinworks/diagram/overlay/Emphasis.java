// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.overlay;

/**
 * How an overlay marks its node, in terms of drawing only (the framework does not know what a quality code
 * is): the live layer maps its states onto these.
 */
public enum Emphasis {
	/** A value, nothing to say about it. */
	NORMAL,
	/** Outlined in the overlay's accent colour: a limit is violated. */
	ALARM,
	/** Hatched: the value is bad. */
	BAD,
	/** Dotted outline: the value is uncertain. */
	UNCERTAIN,
	/** Dimmed: the value is old; the overlay text says how old. */
	STALE,
	/** Greyed with a distinct label: no connection, so no claim about the plant at all. */
	DISCONNECTED,
	/** Connected, but nothing has arrived yet. */
	NO_VALUE,
	/** Tinted in the accent colour: the equipment is running. */
	RUNNING
}
