// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Event badges on diagram nodes: the worst open severity of an equipment's frames, one image per severity. */
@org.jspecify.annotations.NullMarked
package org.twinworks.events.ui.badges;
