// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Check states on the plant editor's diagram and I/O list: a coloured badge per equipment node and per signal row
 * (failed, in progress, not started, passed), shown by a layer the user toggles, and Open Check from a badge.
 * Contributed as a plant-editor participant, so the editor knows nothing of commissioning.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.commissioning.ui.badges;
