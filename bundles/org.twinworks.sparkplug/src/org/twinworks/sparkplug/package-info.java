// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Sparkplug B 3.0 over MQTT, protocol only: topics, the payload codec, an edge node session that publishes births,
 * data and deaths with bdSeq and seq as the specification says, and a host-side decoder that resolves aliases, detects
 * lost messages and marks a dead node's devices stale. Nothing here knows the twin's model or OPC UA.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.sparkplug;
