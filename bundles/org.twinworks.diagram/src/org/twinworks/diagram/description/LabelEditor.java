// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Renaming in place (F2): which text of an element its label edits, and the command that changes it. */
public interface LabelEditor {

	/** The text to edit, or null when this element's label cannot be edited. */
	String textOf(EObject element);

	/** The command that sets the text, or null when the text is refused. */
	Command rename(EditingDomain domain, EObject element, String text);
}
