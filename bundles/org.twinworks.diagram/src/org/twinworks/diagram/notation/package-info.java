// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** The notation model (generated from {@code model/notation.ecore}): diagrams, nodes, ports, edges and their styles, referring to semantic elements by id. */
package org.twinworks.diagram.notation;
