// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Commissioning in the workbench: the campaign of the plant an editor shows, its checklist, checks run against the
 * live plant, punch items, sign-off and the report. The headless work is {@code org.twinworks.commissioning}'s.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.commissioning.ui;
