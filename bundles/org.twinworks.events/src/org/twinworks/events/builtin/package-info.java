// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The deductions that need no rule written: drift of each analog signal against its own history (CUSUM, EWMA; of
 * the residual against what the twin's dynamics expect, where the model says what to expect),
 * fleet outliers among equipment of one type, feedback that does not follow its command, interlock trips (and
 * failed trips), alarm floods per area. Each kind is a {@link org.twinworks.events.DetectorProvider}; drift and
 * fleet statistics can be queried for plotting.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.events.builtin;
