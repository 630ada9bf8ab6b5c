// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Scene rendering shared by screen and export: a diagram becomes an immutable scene of figures (with a spatial
 * index for hit testing), painted on a {@code DrawingSurface}; {@code SwtGeometry} converts the headless values.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.diagram.ui.render;
