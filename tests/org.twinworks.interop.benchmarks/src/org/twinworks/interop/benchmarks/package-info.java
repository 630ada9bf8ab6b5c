// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Benchmarks of the imports and exports, each printed next to a raw-library floor measured in the same run. */
package org.twinworks.interop.benchmarks;
