// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** The Events view: the workbench's event frames with filters, acknowledge and Go To. */
@org.jspecify.annotations.NullMarked
package org.twinworks.events.ui.view;
