// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The expression language of event rules: its syntax tree, the parser (errors carry the column) and how a signal
 * reference is found on an equipment, so that validation and the event detectors read rules the same way.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.model.rules.expr;
