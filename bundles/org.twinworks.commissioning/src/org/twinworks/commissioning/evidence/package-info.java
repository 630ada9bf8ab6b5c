// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** The tamper-evident evidence log: records in a SHA-256 hash chain with Ed25519-signed checkpoints, and its verification. */
@org.jspecify.annotations.NullMarked
package org.twinworks.commissioning.evidence;
