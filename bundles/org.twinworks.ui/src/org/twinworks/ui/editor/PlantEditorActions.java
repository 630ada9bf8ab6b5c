// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.twinworks.model.edit.commands.PasteWithUniqueTags;
import org.twinworks.ui.emf.CommandAction;
import org.twinworks.ui.emf.UndoRedoActions;

/**
 * One plant editor's actions: undo and redo, delete, cut, copy, paste, select all and rename (on the tree only: on
 * the I/O list page and in the filter box those keys belong to that widget, and a disabled handler lets them
 * through), revert, find and validate. {@link PlantEditorContributor} installs them while the editor is active.
 */
final class PlantEditorActions {
	private final UndoRedoActions undoRedo;
	private final List<CommandAction> selectionActions;
	private final TreeViewer tree;
	private final BooleanSupplier treeIsTheTarget;
	private final IAction selectAll;
	private final RenameAction rename;
	private final IAction revert;
	private final IAction find;
	private final IAction validate;

	PlantEditorActions(EditingDomain domain, TreeViewer tree, Text filterBox, BooleanSupplier treeIsTheTarget,
			Runnable revert, Runnable validate) {
		this.tree = tree;
		this.treeIsTheTarget = treeIsTheTarget;
		undoRedo = new UndoRedoActions(domain);
		selectionActions = List.of(new CommandAction("&Delete", domain, DeleteCommand::create),
				new CommandAction("Cu&t", domain, CutToClipboardCommand::create),
				new CommandAction("&Copy", domain, CopyToClipboardCommand::create),
				new CommandAction("&Paste", domain, (d,
						selection) -> selection.size() == 1 ? PasteWithUniqueTags.create(d, selection.get(0)) : null));
		selectAll = action(null, () -> {
			tree.getTree().selectAll();
			tree.setSelection(tree.getSelection());
		});
		rename = new RenameAction(domain, tree);
		this.revert = action("Re&vert", revert);
		this.revert.setEnabled(false);
		find = action(null, () -> {
			filterBox.setFocus();
			filterBox.selectAll();
		});
		this.validate = action("&Validate", validate);
	}

	private static IAction action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	/** The global handlers of the workbench's Edit and File actions, for this editor. */
	void installOn(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoRedo.undo());
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), undoRedo.redo());
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), selectionActions.get(0));
		bars.setGlobalActionHandler(ActionFactory.CUT.getId(), selectionActions.get(1));
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), selectionActions.get(2));
		bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), selectionActions.get(3));
		bars.setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), selectAll);
		bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), rename);
		bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
		bars.setGlobalActionHandler(ActionFactory.FIND.getId(), find);
		bars.updateActionBars();
	}

	/** Enablement after the selection, the page or the focus changed, or a command ran. */
	void update(boolean dirty) {
		boolean onTree = treeIsTheTarget.getAsBoolean();
		var selection = onTree ? tree.getStructuredSelection() : StructuredSelection.EMPTY;
		selectionActions.forEach(a -> a.selectionChanged(selection));
		selectAll.setEnabled(onTree);
		rename.setEnabled(onTree && !selection.isEmpty());
		revert.setEnabled(dirty);
	}

	/** Undo, redo, the edit actions and Validate, for the tree's context menu. */
	void fillContextMenu(IMenuManager menu) {
		menu.add(undoRedo.undo());
		menu.add(undoRedo.redo());
		menu.add(new Separator());
		for (CommandAction action : selectionActions) {
			action.update();
			menu.add(action);
		}
		menu.add(new Separator());
		menu.add(validate);
	}

	IAction undo() {
		return undoRedo.undo();
	}

	IAction redo() {
		return undoRedo.redo();
	}
}
