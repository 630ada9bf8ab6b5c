// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;

/** Resolves UUIDs in one XML resource (the model the diagrams show), by its id map. */
public final class ResourceResolver implements SemanticResolver {
	private final XMLResource resource;

	public ResourceResolver(Resource resource) {
		this.resource = (XMLResource) resource;
	}

	@Override
	public EObject resolve(String uuid) {
		return uuid == null ? null : resource.getEObject(uuid);
	}

	@Override
	public String idOf(EObject element) {
		return element == null ? null : resource.getID(element);
	}
}
