// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

import org.eclipse.emf.ecore.EObject;

/** Finds semantic elements by the UUIDs views keep, and the other way round. */
public interface SemanticResolver {

	/** The element with this UUID, or null when it is gone (deleted, or a model that changed outside). */
	EObject resolve(String uuid);

	/** The UUID of an element, or null when it has none. */
	String idOf(EObject element);
}
