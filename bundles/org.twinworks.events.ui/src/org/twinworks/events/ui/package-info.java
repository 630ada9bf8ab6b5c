// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Events in the workbench: the event engine run on the live working memory and on replays, the Events and Fleet
 * views, event badges on diagram nodes and markers on the playback timeline.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.events.ui;
