// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability.hostile;

/** What a parser's files look like inside, so the mutator can also damage them where a parser looks. */
enum Shape {
	XML, TEXT, RECORDING
}
