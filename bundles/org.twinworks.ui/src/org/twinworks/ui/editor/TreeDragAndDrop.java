// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.twinworks.ui.dnd.BindingDrop;
import org.twinworks.ui.dnd.BindingDrops;

/** Drag and drop in the model tree: move, or copy with Ctrl; EMF decides what may go where. */
public final class TreeDragAndDrop {

	private TreeDragAndDrop() {
	}

	static void install(TreeViewer viewer, EditingDomain domain) {
		Transfer[] transfers = {LocalSelectionTransfer.getTransfer()};
		int operations = DND.DROP_MOVE | DND.DROP_COPY;
		viewer.addDragSupport(operations, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
				event.doit = !viewer.getStructuredSelection().isEmpty();
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(null);
			}
		});
		viewer.addDropSupport(operations, transfers, new Drop(viewer, domain));
	}

	/** Builds the command at the current location; performs it on the command stack (undoable). */
	public static Command command(EditingDomain domain, Object target, float location, int operation,
			Collection<?> dragged) {
		int emfOperation = operation == DND.DROP_COPY ? DragAndDropFeedback.DROP_COPY : DragAndDropFeedback.DROP_MOVE;
		return DragAndDropCommand.create(domain, target, location,
				DragAndDropFeedback.DROP_MOVE | DragAndDropFeedback.DROP_COPY, emfOperation, dragged);
	}

	private static final class Drop extends ViewerDropAdapter {
		private final EditingDomain domain;

		Drop(TreeViewer viewer, EditingDomain domain) {
			super(viewer);
			this.domain = domain;
		}

		private float location() {
			return switch (getCurrentLocation()) {
			case LOCATION_BEFORE -> 0.1f;
			case LOCATION_AFTER -> 0.9f;
			default -> 0.5f;
			};
		}

		private List<?> dragged() {
			return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection s
					? s.toList()
					: List.of();
		}

		@Override
		public boolean validateDrop(Object target, int operation, TransferData type) {
			List<BindingDrop> variables = BindingDrops.dragged();
			if (!variables.isEmpty()) {
				// variables from the OPC UA browser bind the signal (or equipment) they are dropped on
				return BindingDrops.command(domain, target, variables).canExecute();
			}
			return target != null && !dragged().isEmpty() && fromThisModel(dragged())
					&& command(domain, target, location(), operation, dragged()).canExecute();
		}

		/** Elements of another editor's model would leave it behind that editor's command stack. */
		private boolean fromThisModel(List<?> elements) {
			return elements.stream().allMatch(e -> AdapterFactoryEditingDomain.getEditingDomainFor(e) == domain);
		}

		@Override
		public boolean performDrop(Object data) {
			List<BindingDrop> variables = BindingDrops.dragged();
			Command command = !variables.isEmpty()
					? BindingDrops.command(domain, getCurrentTarget(), variables)
					: command(domain, getCurrentTarget(), location(), getCurrentOperation(), dragged());
			if (!command.canExecute()) {
				return false;
			}
			domain.getCommandStack().execute(command);
			return true;
		}

		@Override
		public void dragOver(DropTargetEvent event) {
			super.dragOver(event);
			if ((event.detail & (DND.DROP_MOVE | DND.DROP_COPY)) == 0) {
				event.detail = DND.DROP_NONE;
			}
		}
	}
}
