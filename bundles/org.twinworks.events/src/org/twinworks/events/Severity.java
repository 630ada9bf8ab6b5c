// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events;

/** How urgently an event frame asks for attention, lowest first. */
public enum Severity {
	INFO, LOW, MEDIUM, HIGH, CRITICAL
}
