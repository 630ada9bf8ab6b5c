// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The Fleet view: one signal of the instances of an equipment type side by side, a small trend each, with the
 * fleet comparison's robust outliers marked.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.events.ui.fleet;
