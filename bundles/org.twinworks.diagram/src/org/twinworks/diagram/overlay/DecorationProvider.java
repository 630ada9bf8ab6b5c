package org.twinworks.diagram.overlay;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/** Decorations of semantic elements; asked again whenever the viewer rebuilds its scene (after each command). */
@FunctionalInterface
public interface DecorationProvider {

	List<Decoration> decorationsFor(EObject element);
}
