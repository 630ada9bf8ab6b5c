// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.dnd;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.jspecify.annotations.Nullable;

/** What the current drag carries for binding, and the command its drop makes; one undoable command per drop. */
public final class BindingDrops {

	private BindingDrops() {
	}

	/** The bindable items {@code selection} carries, all of one class; empty when it carries anything else. */
	public static List<BindingDrop> dragged(@Nullable ISelection selection) {
		if (!(selection instanceof IStructuredSelection s) || s.isEmpty()) {
			return List.of();
		}
		List<BindingDrop> items = new ArrayList<>();
		for (Object o : s.toList()) {
			if (!(o instanceof BindingDrop item) || !item.bindable()
					|| !items.isEmpty() && items.get(0).getClass() != item.getClass()) {
				return List.of();
			}
			items.add(item);
		}
		return items;
	}

	/** What the current drag carries, as {@link #dragged(ISelection)}. */
	public static List<BindingDrop> dragged() {
		return dragged(LocalSelectionTransfer.getTransfer().getSelection());
	}

	/** The command binding {@code dragged} to {@code target}; unexecutable when nothing bindable is dragged. */
	public static Command command(EditingDomain domain, @Nullable Object target, List<? extends BindingDrop> dragged) {
		return dragged.isEmpty() ? UnexecutableCommand.INSTANCE : dragged.get(0).bindTo(domain, target, dragged);
	}

	/**
	 * Makes {@code control} (the I/O list) accept bindable drags: {@code targetAt} turns a drop's display
	 * coordinates into the signal or equipment under the mouse.
	 */
	public static void install(Control control, EditingDomain domain, Function<Point, @Nullable Object> targetAt) {
		DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_LINK);
		target.setTransfer(new Transfer[]{LocalSelectionTransfer.getTransfer()});
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragOver(DropTargetEvent event) {
				Object under = targetAt.apply(new Point(event.x, event.y));
				boolean ok = command(domain, under, dragged()).canExecute();
				event.detail = ok ? DND.DROP_LINK : DND.DROP_NONE;
				event.feedback = DND.FEEDBACK_SELECT | DND.FEEDBACK_SCROLL;
			}

			@Override
			public void drop(DropTargetEvent event) {
				Command bind = command(domain, targetAt.apply(new Point(event.x, event.y)), dragged());
				if (bind.canExecute()) {
					domain.getCommandStack().execute(bind);
				}
			}
		});
		control.addListener(SWT.Dispose, e -> target.dispose());
	}
}
