// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * {@code twinworks import …} and {@code twinworks export …}: the plant in from NodeSet2 files, live servers and CSV
 * tag lists (with a diff first, {@code --dry-run} to stop there) and back out.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.app.cli.interop;
