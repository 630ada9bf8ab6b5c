// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The plant editor's I/O list page: every signal of the plant as a NatTable row, sortable, filterable and editable
 * through the shared command stack, exported as CSV, with columns participants may add (live values).
 */
package org.twinworks.ui.iolist;
