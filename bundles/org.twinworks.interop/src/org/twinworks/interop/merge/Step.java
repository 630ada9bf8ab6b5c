// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.merge;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.jspecify.annotations.Nullable;

/**
 * One planned edit, made into an EMF command only when the import is applied (with the workbench's editing domain,
 * or none headless). Plain EMF commands, so each undoes exactly what it did.
 */
record Step(Function<EditingDomain, Command> command) {

	static Step set(EObject owner, EStructuralFeature feature, @Nullable Object value) {
		return new Step(domain -> new SetCommand(domain, owner, feature, value));
	}

	static Step add(EObject owner, EReference containment, EObject child) {
		return containment.isMany()
				? new Step(domain -> new AddCommand(domain, owner, containment, child))
				: set(owner, containment, child);
	}

	/** Out of its parent, then into the new one: undo puts it back where it was, at its index. */
	static Step move(EObject element, EObject newParent, EReference containment) {
		EObject oldParent = element.eContainer();
		EReference oldFeature = element.eContainmentFeature();
		return new Step(domain -> {
			CompoundCommand move = new CompoundCommand("Move");
			move.append(oldFeature.isMany()
					? new RemoveCommand(domain, oldParent, oldFeature, element)
					: new SetCommand(domain, oldParent, oldFeature, null));
			move.append(containment.isMany()
					? new AddCommand(domain, newParent, containment, element)
					: new SetCommand(domain, newParent, containment, element));
			return move;
		});
	}

	/** A move into a parent that the import adds first: the command is only checked once that parent is there. */
	static Step moveAfterAdd(EObject element, EObject newParent, EReference containment) {
		return move(element, newParent, containment);
	}

	static Step remove(EObject element) {
		EObject parent = element.eContainer();
		EReference feature = element.eContainmentFeature();
		return new Step(domain -> feature.isMany()
				? new RemoveCommand(domain, parent, feature, List.of(element))
				: new SetCommand(domain, parent, feature, null));
	}

	/** A reference to an element being removed: cleared, so nothing points outside the plant. */
	static Step unreference(EObject owner, EReference reference, EObject removed) {
		return new Step(domain -> reference.isMany()
				? new RemoveCommand(domain, owner, reference, removed)
				: new SetCommand(domain, owner, reference, null));
	}
}
