// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

/** A group of mappings the user shows or hides together (process, instrumentation, signals, live values). */
public record Layer(String id, String label, boolean visibleByDefault) {
}
