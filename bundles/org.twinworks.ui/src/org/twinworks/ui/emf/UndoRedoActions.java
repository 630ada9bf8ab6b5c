// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.emf;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;

/** Undo and Redo of an editing domain's command stack, labelled with the command they undo or redo. */
public final class UndoRedoActions {
	private final IAction undo;
	private final IAction redo;

	public UndoRedoActions(EditingDomain domain) {
		CommandStack stack = domain.getCommandStack();
		undo = new Action() {
			@Override
			public void run() {
				if (stack.canUndo()) {
					stack.undo();
				}
			}
		};
		redo = new Action() {
			@Override
			public void run() {
				if (stack.canRedo()) {
					stack.redo();
				}
			}
		};
		stack.addCommandStackListener(event -> update(stack));
		update(stack);
	}

	private void update(CommandStack stack) {
		undo.setEnabled(stack.canUndo());
		undo.setText("&Undo" + label(stack.getUndoCommand()));
		redo.setEnabled(stack.canRedo());
		redo.setText("&Redo" + label(stack.getRedoCommand()));
	}

	private static String label(Command command) {
		return command == null || command.getLabel() == null ? "" : " " + command.getLabel();
	}

	public IAction undo() {
		return undo;
	}

	public IAction redo() {
		return redo;
	}
}
