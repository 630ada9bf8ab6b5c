// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The OPC UA browser view, dragging its variables onto signals to bind them, and the Auto-Bind wizard and command.
 */
package org.twinworks.ui.live.browser;
