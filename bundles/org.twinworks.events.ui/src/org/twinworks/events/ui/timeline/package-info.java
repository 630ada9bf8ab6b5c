// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Event frames of a recording as markers on the Playback view's timeline: read from the recording's saved event
 * log, else found by analysing the recording.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.events.ui.timeline;
