// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Event rules at work: detectors that evaluate a rule's condition on every value of the signals it names, open an
 * event frame once it has held for the rule's duration and close it on the end condition, for the rules of the model
 * (per equipment and per type instance) and for rules read from a text file.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.events.rules;
