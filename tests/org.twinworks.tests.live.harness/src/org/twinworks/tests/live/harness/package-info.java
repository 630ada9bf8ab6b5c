// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0

/**
 * Live test harness without SWT: a real virtual plant per test class on 127.0.0.1 ({@link TestPlant}) and a live
 * client whose PKI trusts it ({@link LiveClient}), shared by the sim, live, app and UI tests and the benchmarks.
 */
package org.twinworks.tests.live.harness;
