// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The plant editor: one editing domain per model file shared by its tree, diagram and I/O list pages, the Outline
 * and Properties; its actions (in the action bar contributor), problem markers and banner, reload on outside change,
 * and the participants other bundles add to it through org.twinworks.ui.plantEditorParticipants.
 */
package org.twinworks.ui.editor;
