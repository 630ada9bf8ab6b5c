// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Preferences > Twinworks > Events: the event engines' settings and what the Events view shows, kept per workspace. */
@org.jspecify.annotations.NullMarked
package org.twinworks.events.ui.preferences;
