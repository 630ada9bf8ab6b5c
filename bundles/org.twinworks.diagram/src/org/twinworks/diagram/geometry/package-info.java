// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The diagram's own small immutable geometry and colour values, so notation, commands, layout and styles need
 * no toolkit (as ELK's core has its own); {@code org.twinworks.diagram.ui} converts them to SWT.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.diagram.geometry;
