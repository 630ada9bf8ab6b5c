// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The model's hand-written logic, called from the generated code through GenModel body annotations (derived
 * features, validation constraints), and the conventions behind it that other layers share: element paths and
 * labels, OPC UA node id strings, UNECE unit codes and unique tags.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.model.rules;
