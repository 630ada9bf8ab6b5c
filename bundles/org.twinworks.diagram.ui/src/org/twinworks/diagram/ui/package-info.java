// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The diagram layer's SWT side, without the workbench: scene rendering ({@code render}), the viewer and its
 * tools ({@code viewer}) and PNG/SVG/print export ({@code export}), over the headless {@code org.twinworks.diagram}.
 */
package org.twinworks.diagram.ui;
