// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.overlay;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/** Decorations of semantic elements; asked again whenever the viewer rebuilds its scene (after each command). */
@FunctionalInterface
public interface DecorationProvider {

	List<Decoration> decorationsFor(EObject element);

	/** The decorations of every provider, in order (validation problems and reconciliation mismatches, say). */
	static DecorationProvider composite(DecorationProvider... providers) {
		List<DecorationProvider> all = List.of(providers);
		return element -> {
			List<Decoration> merged = new java.util.ArrayList<>();
			for (DecorationProvider p : all) {
				merged.addAll(p.decorationsFor(element));
			}
			return merged;
		};
	}
}
