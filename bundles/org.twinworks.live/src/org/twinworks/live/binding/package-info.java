// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Binding a plant's signals to server nodes, without a workbench: bind commands, auto-bind matching by rules, and
 * updating the model from what a server says (reconciliation). The OPC UA browser and views drive these.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.live.binding;
