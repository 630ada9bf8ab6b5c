// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Generates a campaign's checks from the plant model, and re-plans when the plant changed: affected checks marked obsolete, evidence kept. */
@org.jspecify.annotations.NullMarked
package org.twinworks.commissioning.plan;
