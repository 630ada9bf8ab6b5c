// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Tests of expected versus actual: shadows fed by hand-made timed values and by the virtual plant. */
package org.twinworks.events.tests.shadow;
