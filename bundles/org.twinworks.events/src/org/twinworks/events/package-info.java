// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The twin that deduces: detectors fed with the plant's values in time order, from a live session or from a
 * recording alike, open and close event frames (start, end, severity, equipment, values captured at both ends).
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.events;
