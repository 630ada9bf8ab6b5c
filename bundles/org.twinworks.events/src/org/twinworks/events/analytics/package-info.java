// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The statistics behind the built-in deductions, on plain numbers and instants (no model types): a baseline learnt
 * over a warm-up, EWMA and two-sided CUSUM charts for drift, robust median/MAD scores for fleet comparison.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.events.analytics;
