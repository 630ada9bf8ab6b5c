// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * {@code twinworks commission plan|run|report|sign|revise|verify}: the commissioning record from a shell, for CI
 * gates and for engineers without the workbench. The logic is in org.twinworks.commissioning; these classes parse
 * arguments, open files and print.
 */
package org.twinworks.app.cli.commission;
