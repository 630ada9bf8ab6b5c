// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The live connection of a twin to its plant: {@link org.twinworks.live.LiveSession} connects to a model
 * endpoint over a validated, secure channel and subscribes the endpoint's bindings into a
 * {@link org.twinworks.live.ValueStore}. No Milo type appears in this package: callers (UI, headless commands)
 * see only these classes.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.live;
