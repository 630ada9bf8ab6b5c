// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.dnd;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.jspecify.annotations.Nullable;

/**
 * An item a drag may carry (in {@link org.eclipse.jface.util.LocalSelectionTransfer}'s selection) that binds the
 * model element it is dropped on: a signal, or an equipment's signals.
 */
public interface BindingDrop {

	/** False for what a drag may show but cannot bind (a variable's property, say): such a drag binds nothing. */
	boolean bindable();

	/**
	 * The undoable command that binds {@code dragged} (the items of one drag, this one among them, all of this
	 * class) to {@code target}; an unexecutable one when they do not fit there.
	 */
	Command bindTo(EditingDomain domain, @Nullable Object target, List<? extends BindingDrop> dragged);
}
