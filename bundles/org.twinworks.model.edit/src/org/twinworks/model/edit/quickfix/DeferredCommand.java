// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.edit.quickfix;

import org.eclipse.emf.common.command.CompoundCommand;

/**
 * A command whose steps are worked out when it executes, from the model as it is then: several fixes in one
 * compound see each other's results (two duplicates of P-101 become P-102 and P-103). Undo and redo replay the
 * steps taken.
 */
abstract class DeferredCommand extends CompoundCommand {

	DeferredCommand(String label) {
		super(label);
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		build();
	}

	/** Adds the steps with {@link #appendAndExecute}. */
	protected abstract void build();
}
