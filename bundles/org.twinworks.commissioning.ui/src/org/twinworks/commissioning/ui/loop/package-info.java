// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Armed runs and the loop check runner: the confirmation of every write a run will make before writes are armed, and
 * the loop check's trend of output, feedback and measurement with each step's tolerance band and where it settled.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.commissioning.ui.loop;
