// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** The Punch List view: the campaign's open punch items, adding and closing them, and going to their check. */
@org.jspecify.annotations.NullMarked
package org.twinworks.commissioning.ui.punch;
