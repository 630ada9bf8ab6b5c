// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Benchmarks of the event engine: live load, latency and the analysis speed of a recording; figures only. */
package org.twinworks.events.benchmarks;
