// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The collaborators behind {@code DiagramViewer}: selection model, scroll/zoom controller, buffered painter, tool
 * host and figure look-up. Callers use the viewer; only its tests see these.
 */
package org.twinworks.diagram.ui.viewer.internal;
