// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.overlay;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;

/** Told which elements' overlays changed; called on the UI thread, once per batch (not once per value). */
@FunctionalInterface
public interface OverlayListener {

	void overlaysChanged(Collection<? extends EObject> elements);
}
