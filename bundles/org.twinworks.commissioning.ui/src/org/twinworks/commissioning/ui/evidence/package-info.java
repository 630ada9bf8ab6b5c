// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The Evidence view: a check's evidence records with the values they hold, each replayed from the run's recording in
 * the Playback view, so a reviewer sees what the engineer saw.
 */
package org.twinworks.commissioning.ui.evidence;
