// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The live views: Connections, Reconciliation, Playback, Audit Log and Trends.
 */
package org.twinworks.ui.live.views;
