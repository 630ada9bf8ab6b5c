// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Tests of the events in the workbench, on a real SWT display under Xvfb and a virtual plant on 127.0.0.1. */
package org.twinworks.events.ui.tests;
