// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Trend charts of live and recorded signal values: series, time window, painter and canvas.
 */
package org.twinworks.ui.live.trends;
