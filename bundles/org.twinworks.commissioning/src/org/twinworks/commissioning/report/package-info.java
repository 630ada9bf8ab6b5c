// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** The commissioning report: self-contained printable HTML, PDF and CSV. */
@org.jspecify.annotations.NullMarked
package org.twinworks.commissioning.report;
