// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.emf;

import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;

/**
 * An action that runs an EMF command made from the current selection on the editing domain's command
 * stack (so it is undoable), enabled only while that command can execute.
 */
public class CommandAction extends Action {
	private final EditingDomain domain;
	private final BiFunction<EditingDomain, List<?>, Command> commandFactory;
	private List<?> selection = List.of();

	public CommandAction(String text, EditingDomain domain,
			BiFunction<EditingDomain, List<?>, Command> commandFactory) {
		super(text);
		this.domain = domain;
		this.commandFactory = commandFactory;
		setEnabled(false);
	}

	public void selectionChanged(IStructuredSelection newSelection) {
		selection = newSelection.toList();
		update();
	}

	public void update() {
		setEnabled(!selection.isEmpty() && command().canExecute());
	}

	private Command command() {
		Command command = commandFactory.apply(domain, selection);
		return command == null ? UnexecutableCommand.INSTANCE : command;
	}

	@Override
	public void run() {
		Command command = command();
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}
}
