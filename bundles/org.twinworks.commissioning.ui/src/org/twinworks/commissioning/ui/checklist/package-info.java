// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The Checklist view: the campaign's checks by area and equipment in a lazy tree, their counts and progress, filters,
 * and planning and re-planning the campaign from the plant editor's plant.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.commissioning.ui.checklist;
