// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The plant editor's diagram page: a P&ID viewer on the shared editing domain, with its context menu, drops from the
 * tree and from other bundles, and the hook through which participants paint overlays on it.
 */
package org.twinworks.ui.diagram;
