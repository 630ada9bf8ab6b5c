// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The demo project a new workspace gets: Riverside Water Works with its overview diagram.
 */
package org.twinworks.ui.workspace;
