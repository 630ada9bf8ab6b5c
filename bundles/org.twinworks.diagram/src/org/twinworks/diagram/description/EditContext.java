// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.twinworks.diagram.notation.Diagram;

/** What an editing behaviour declared with a description works on: the diagram being edited, in its editor. */
public interface EditContext {

	EditingDomain domain();

	Diagram diagram();

	DiagramDescription description();

	SemanticResolver resolver();

	/** Tells the user why nothing happened (the editor's status line). */
	void showStatus(String message);
}
