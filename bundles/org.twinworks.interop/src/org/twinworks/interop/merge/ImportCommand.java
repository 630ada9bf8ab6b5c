// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;

/**
 * An import applied as one command: each step runs in order, and if one cannot run or fails, the steps already done
 * are undone before the error is thrown, so the plant is never left half imported.
 */
final class ImportCommand extends AbstractCommand {

	private final List<Command> steps;
	private final List<Command> done = new ArrayList<>();

	ImportCommand(String label, List<Command> steps) {
		super(label, label);
		this.steps = List.copyOf(steps);
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		done.clear();
		try {
			for (Command step : steps) {
				if (!step.canExecute()) {
					throw new IllegalStateException("cannot apply: " + step.getLabel() + " " + step.getDescription());
				}
				step.execute();
				done.add(step);
			}
		} catch (RuntimeException failed) {
			undo();
			throw failed;
		}
	}

	@Override
	public void undo() {
		for (ListIterator<Command> back = done.listIterator(done.size()); back.hasPrevious();) {
			back.previous().undo();
		}
	}

	@Override
	public void redo() {
		for (Command step : done) {
			step.redo();
		}
	}

	@Override
	public boolean canUndo() {
		return true;
	}
}
