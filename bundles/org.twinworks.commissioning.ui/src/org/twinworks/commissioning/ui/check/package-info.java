// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The Check view: one check of the campaign with its steps, the live values it is about, and the manual actions an
 * engineer records on it (verdicts with reasons, as-found/as-left values, comments, attachments), each saved at once
 * and undoable until signed.
 */
package org.twinworks.commissioning.ui.check;
