// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.overlay;

import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;

/**
 * Text for the tooltip of the node under the mouse (another layer's knowledge, e.g. live values), or null for
 * none. Asked on the UI thread as the mouse moves: be quick.
 */
@FunctionalInterface
public interface ProbeProvider {

	@Nullable
	String probeFor(EObject element);
}
