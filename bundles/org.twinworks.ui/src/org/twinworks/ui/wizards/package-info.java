// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The New Twinworks Project and New Plant Model wizards.
 */
package org.twinworks.ui.wizards;
