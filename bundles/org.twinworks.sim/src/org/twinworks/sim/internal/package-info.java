// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The virtual plant's Milo side: the server, its namespace and trust list, the simulation's behaviours and their
 * planning from the model, injected faults, and the hardening around Milo (connection guard, allow-listed method
 * calls, roles, plain error replies). Not API: visible to the simulator tests only.
 */
package org.twinworks.sim.internal;
