// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The Twinworks workbench application: its advisors, menus and the Design and Commissioning perspectives, the About
 * dialog with component versions, and the live demo (the embedded virtual plant serving the demo model at start).
 * Not API: visible to the application tests only.
 */
package org.twinworks.app;
