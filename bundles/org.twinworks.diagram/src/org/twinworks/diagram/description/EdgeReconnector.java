// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.description;

import org.eclipse.emf.common.command.Command;
import org.jspecify.annotations.Nullable;
import org.twinworks.diagram.notation.Edge;
import org.twinworks.diagram.notation.View;

/**
 * Dragging an edge's end onto another view: what that means for the semantic element the edge shows (a pipe
 * moved to another nozzle), declared with the description like connecting. The command changes the semantic
 * element and the edge together, so one undo restores both.
 */
@FunctionalInterface
public interface EdgeReconnector {

	/** Which end of an edge is dragged. */
	enum End {
		SOURCE, TARGET
	}

	/**
	 * The command that moves {@code end} of {@code edge} to {@code newEnd}, or null when the description's rules
	 * refuse it; a refusal says why through {@link EditContext#showStatus(String)}.
	 */
	@Nullable
	Command reconnect(EditContext context, Edge edge, End end, View newEnd);
}
