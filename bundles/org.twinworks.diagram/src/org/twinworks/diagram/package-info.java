// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Twinworks' own diagram layer (Sirius and GEF are not available), headless: a notation model
 * ({@code notation}), declared representation descriptions ({@code description}), EMF commands on the shared
 * editing domain ({@code commands}), synchronisation with the semantic model ({@code sync}), ELK arrange
 * ({@code layout}), notation files ({@code persistence}), its own geometry and colour values ({@code geometry})
 * and the hook through which the live layer decorates nodes ({@code overlay}). No SWT: rendering, the viewer
 * and export are in {@code org.twinworks.diagram.ui}. It knows nothing about plants: the plant's mappings and
 * symbols are declared above it.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.diagram;
