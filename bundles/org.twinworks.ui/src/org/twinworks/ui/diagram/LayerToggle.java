// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.diagram;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A layer a plant editor participant paints over a diagram page (check states, say), listed in the page's Layers menu
 * after the diagram description's own layers. Its visibility is the participant's to keep: the diagram knows only the
 * label and how to ask and toggle it.
 */
public record LayerToggle(String label, BooleanSupplier visible, Consumer<Boolean> show) {
}
