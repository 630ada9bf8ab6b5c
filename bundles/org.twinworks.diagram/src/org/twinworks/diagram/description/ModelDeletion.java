// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;

/** What "Delete from Model" does with the semantic elements of the selected views (their views go anyway). */
@FunctionalInterface
public interface ModelDeletion {

	/** The command that deletes the elements, or null when they cannot be deleted. */
	Command delete(EditingDomain domain, Collection<EObject> elements);
}
