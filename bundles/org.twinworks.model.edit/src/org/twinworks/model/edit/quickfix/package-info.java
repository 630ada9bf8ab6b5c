// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Quick fixes for validation problems: for each problem code the fixes that repair it, each one undoable command
 * on the editing domain, for one problem or several of one kind at once. Fixes that need a choice (an endpoint, a
 * unit, a signal) list the choices; the caller asks the user.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.model.edit.quickfix;
