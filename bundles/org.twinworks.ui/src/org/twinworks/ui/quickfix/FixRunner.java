// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.quickfix;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.twinworks.model.edit.quickfix.QuickFix;
import org.twinworks.ui.editor.PlantEditor;

/**
 * Runs a fix on elements of an open plant editor: asks for the choice once, executes one command on the editor's
 * stack (one undo), and validates again so markers and decorations follow.
 */
public final class FixRunner {
	private static FixChooser chooser = FixChooser.DIALOG;

	private FixRunner() {
	}

	/** Tests answer the choice themselves; null restores the dialog. */
	public static void useChooser(FixChooser replacement) {
		chooser = replacement == null ? FixChooser.DIALOG : replacement;
	}

	/** True when the fix ran; false when nothing applied or the user cancelled the choice. */
	public static boolean run(PlantEditor editor, QuickFix fix, List<? extends EObject> elements) {
		List<? extends EObject> targets = elements.stream().filter(fix::appliesTo).toList();
		if (targets.isEmpty()) {
			return false;
		}
		if (!fix.fixesSeveral()) {
			targets = targets.subList(0, 1);
		}
		Object choice = null;
		if (fix.needsChoice()) {
			choice = chooser.choose(fix, fix.choices(targets.get(0)), editor.getSite().getShell());
			if (choice == null) {
				return false;
			}
		}
		Command command = fix.create(editor.getEditingDomain(), targets, choice);
		if (!command.canExecute()) {
			command.dispose();
			return false;
		}
		editor.getEditingDomain().getCommandStack().execute(command);
		editor.validate(false);
		return true;
	}
}
