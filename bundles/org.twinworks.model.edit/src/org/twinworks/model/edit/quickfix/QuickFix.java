// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.edit.quickfix;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.rules.ProblemCode;

/** One way to repair problems of one {@link ProblemCode}: on the problem's element, or on several at once. */
public interface QuickFix {

	ProblemCode code();

	/** What the fix does, as a menu item: "Move the limits inside the range". */
	String label();

	/** Whether the fix makes sense on this element as it is now (a loop with its output gets no "set the output"). */
	boolean appliesTo(EObject element);

	/** What the user picks from before the fix runs (endpoints, units, signals); empty when there is no choice. */
	default List<Object> choices(EObject element) {
		return List.of();
	}

	default boolean needsChoice() {
		return false;
	}

	/** How a choice is shown to the user. */
	default String choiceLabel(Object choice) {
		return String.valueOf(choice);
	}

	/** Whether one run may fix several elements (a chosen signal fits one loop, a chosen endpoint many bindings). */
	default boolean fixesSeveral() {
		return true;
	}

	/**
	 * One undoable command fixing every element the fix applies to ({@code choice}: one of {@link #choices}, or null
	 * when the fix needs none); the others are left alone.
	 */
	Command create(EditingDomain domain, Collection<? extends EObject> elements, @Nullable Object choice);
}
