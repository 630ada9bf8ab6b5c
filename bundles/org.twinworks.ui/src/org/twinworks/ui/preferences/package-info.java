// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The Twinworks preference page, the root the other bundles' pages sit under.
 */
package org.twinworks.ui.preferences;
