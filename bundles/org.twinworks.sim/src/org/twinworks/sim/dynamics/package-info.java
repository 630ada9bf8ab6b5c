// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The virtual plant's dynamics that need no server: the mass balance of tanks along the plant's pipes, first-order
 * settling and its time constants. Shared with the events' shadow, which runs them on live values.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.sim.dynamics;
