// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Quick fixes in the workbench: marker resolutions for the Problems view (several problems of one kind fixed as one
 * command) and Quick Fix (Ctrl+1) on the plant editor's selection, both applying the fixes of
 * org.twinworks.model.edit.quickfix on the editor's editing domain.
 */
package org.twinworks.ui.quickfix;
