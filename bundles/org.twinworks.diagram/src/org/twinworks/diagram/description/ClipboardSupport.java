// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.twinworks.diagram.geometry.Point;
import org.twinworks.diagram.notation.Node;

/** Copy and paste of semantic elements with their views. */
public interface ClipboardSupport {

	/** Copies the elements to the editing domain's clipboard, or null when they cannot be copied. */
	Command copy(EditContext context, List<EObject> elements);

	/**
	 * Pastes the clipboard at a diagram point and shows what was pasted, or null when nothing can be pasted there.
	 *
	 * @param container the innermost container node at the point, or null
	 */
	Command paste(EditContext context, Node container, Point at);
}
