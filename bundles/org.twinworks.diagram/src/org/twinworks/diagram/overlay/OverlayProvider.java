// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.overlay;

import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;

/**
 * The hook through which another layer (the live connection) decorates nodes without the diagram knowing
 * where the values come from. The viewer asks for overlays while painting and repaints only the nodes a
 * listener call names.
 */
public interface OverlayProvider {

	/** The overlay for a semantic element, or null for none. Called on the UI thread while painting: be quick. */
	@Nullable
	Overlay overlayFor(EObject element);

	void addListener(OverlayListener listener);

	void removeListener(OverlayListener listener);
}
