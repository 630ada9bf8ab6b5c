// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The hostile-files harness (issue 19, {@code run.sh fuzz}): a seeded mutation fuzzer that feeds damaged files to
 * every parser of the product, in-process with a watchdog, and keeps each input that finds a defect.
 */
package org.twinworks.reliability.hostile;
