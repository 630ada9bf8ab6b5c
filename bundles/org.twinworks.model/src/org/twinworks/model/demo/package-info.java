// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Plants built in code: the Riverside Water Works demo plant, and synthetic plants of a chosen size for benchmarks;
 * both are deterministic, so the same call always gives the same file.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.model.demo;
