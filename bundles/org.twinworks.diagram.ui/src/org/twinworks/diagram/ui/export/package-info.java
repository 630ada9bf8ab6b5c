// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** PNG, SVG and print export of a scene, drawn by the same renderer as the screen. */
@org.jspecify.annotations.NullMarked
package org.twinworks.diagram.ui.export;
