// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The embedded virtual plant: {@link org.twinworks.sim.VirtualPlant} serves a plant model's bound signals over
 * OPC UA (Eclipse Milo) and simulates them; {@link org.twinworks.sim.Fault} breaks single signals on purpose.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.sim;
