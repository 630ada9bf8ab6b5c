// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Expected versus actual: the virtual plant's dynamics run as a shadow of the live plant, fed with its live commands,
 * setpoints, speeds and valve states, and compared with what the plant measures (a tank level against its mass
 * balance, a loop's measurement against its setpoint response, an analog feedback against its reference).
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.events.shadow;
