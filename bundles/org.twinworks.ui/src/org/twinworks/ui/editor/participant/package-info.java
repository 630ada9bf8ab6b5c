// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * How another bundle (the live layer, later commissioning) adds itself to the plant editor without the editor
 * knowing it: participants registered with the extension point {@code org.twinworks.ui.plantEditorParticipants}
 * are told each time an editor loads its plant and contribute labels, decorations, page overlays, menu items and
 * adapters until the editor closes or reloads.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.ui.editor.participant;
