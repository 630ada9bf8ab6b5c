// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.twinworks.diagram.notation.Side;

/**
 * Border ports of a node: which elements of the node's element, on which side, how big. Not an {@link ElementMapping}:
 * a port has no label and no layer of its own (it is drawn with its node), so it would inherit two meaningless settings.
 */
public record PortMapping(String id, Function<EObject, List<? extends EObject>> candidates,
		Function<EObject, Side> side, int size, StyleSpec style) {

	public PortMapping {
		Objects.requireNonNull(id);
		Objects.requireNonNull(candidates);
		Objects.requireNonNull(side);
		Objects.requireNonNull(style);
	}

	public List<? extends EObject> candidatesOf(EObject nodeElement) {
		return candidates.apply(nodeElement);
	}
}
