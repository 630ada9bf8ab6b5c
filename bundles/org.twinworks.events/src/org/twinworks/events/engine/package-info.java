// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The event engine and what feeds it: values routed to the detectors that watch them on one thread, in time
 * order, from a live value store or from a recording alike; the event log that keeps the frames beside a
 * recording; the standard set of deductions.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.events.engine;
