// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Tests of CSV tag lists: dialects, headers and mapping files, malformed rows, round trips, and a benchmark. */
package org.twinworks.interop.tests.csv;
