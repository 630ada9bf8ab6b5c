// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Declared representation descriptions: which semantic elements a diagram shows as nodes, ports and edges
 * ({@code NodeMapping}, {@code PortMapping}, {@code EdgeMapping}), in which layers and styles. Written once per
 * kind of diagram, against any metamodel.
 */
package org.twinworks.diagram.description;
