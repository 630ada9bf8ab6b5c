// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.diagram.commands;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.jspecify.annotations.Nullable;

/**
 * A command whose real work is only known once the commands before it in a compound have run (the edges to
 * draw depend on the nodes just added). Undo and redo replay the command it built.
 */
public final class DeferredCommand extends AbstractCommand {
	private final Supplier<@Nullable Command> factory;
	private Command built;

	public DeferredCommand(String label, Supplier<@Nullable Command> factory) {
		super(label);
		this.factory = factory;
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		built = factory.get();
		if (built != null && built.canExecute()) {
			built.execute();
		} else {
			built = null;
		}
	}

	@Override
	public void undo() {
		if (built != null) {
			built.undo();
		}
	}

	@Override
	public void redo() {
		if (built != null) {
			built.redo();
		}
	}
}
