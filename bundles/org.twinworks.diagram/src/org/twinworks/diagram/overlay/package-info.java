// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** The hook through which another layer (the live connection) decorates nodes: overlays, emphasis, decorations and probes, with their listeners. */
@org.jspecify.annotations.NullMarked
package org.twinworks.diagram.overlay;
