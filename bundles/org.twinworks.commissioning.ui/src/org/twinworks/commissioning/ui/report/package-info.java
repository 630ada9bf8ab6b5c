// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Generate Report… in the workbench: the format and file chosen in a dialog, the report written by the core in a
 * cancellable job with the evidence verified first, then opened in the system's viewer.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.commissioning.ui.report;
