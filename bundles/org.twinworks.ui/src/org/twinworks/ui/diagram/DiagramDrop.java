// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.twinworks.diagram.commands.NotationCommands;
import org.twinworks.diagram.notation.Node;
import org.twinworks.diagram.notation.View;
import org.twinworks.diagram.sync.DiagramSynchronizer;
import org.twinworks.diagram.ui.render.SwtGeometry;
import org.twinworks.diagram.ui.viewer.DiagramViewer;
import org.twinworks.ui.dnd.BindingDrops;

/**
 * Drag from the model tree onto the diagram to show elements: each goes into the container that shows its
 * parent (at the drop point when that is the container under the mouse), top-level elements onto the diagram.
 */
public final class DiagramDrop {

	private DiagramDrop() {
	}

	public static void install(DiagramViewer viewer) {
		DropTarget target = new DropTarget(viewer.getControl(), DND.DROP_COPY | DND.DROP_MOVE | DND.DROP_LINK);
		target.setTransfer(new Transfer[]{LocalSelectionTransfer.getTransfer()});
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = DND.DROP_LINK;
			}

			@Override
			public void dragOperationChanged(DropTargetEvent event) {
				event.detail = DND.DROP_LINK;
			}

			@Override
			public void drop(DropTargetEvent event) {
				Point local = viewer.getControl().toControl(event.x, event.y);
				Point at = viewer.viewport().toDiagram(local.x, local.y);
				if (!BindingDrops.dragged().isEmpty()) {
					bind(viewer, at);
					return;
				}
				List<EObject> elements = new ArrayList<>();
				if (LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection s) {
					for (Object o : s.toList()) {
						if (o instanceof EObject e) {
							elements.add(e);
						}
					}
				}
				Command show = command(viewer, elements, at);
				if (show.canExecute()) {
					viewer.execute(show);
					viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(elements));
				} else {
					viewer.showStatus(
							"Nothing to show: the elements are shown already or this diagram has no place for them");
				}
			}
		});
		viewer.getControl().addListener(org.eclipse.swt.SWT.Dispose, e -> target.dispose());
	}

	/** Variables from the OPC UA browser dropped on an equipment's node bind its signals (one undoable command). */
	private static void bind(DiagramViewer viewer, Point at) {
		Command bind = BindingDrops.command(viewer.domain(), elementAt(viewer, at), BindingDrops.dragged());
		if (bind.canExecute()) {
			viewer.execute(bind);
		} else {
			viewer.showStatus(
					"Drop a variable on an equipment whose signal has its tag (or its last segment, e.g. PV)");
		}
	}

	/** The model element of the node under diagram point {@code at}, or null. */
	public static EObject elementAt(DiagramViewer viewer, Point at) {
		return viewer.hit(at) instanceof org.twinworks.diagram.ui.render.NodeFigure figure ? figure.element() : null;
	}

	/** The command that shows {@code elements} on the viewer's diagram, dropped at diagram point {@code at}. */
	public static Command command(DiagramViewer viewer, List<EObject> elements, Point at) {
		DiagramSynchronizer sync = new DiagramSynchronizer(viewer.builder().description(), viewer.builder().resolver());
		Map<String, View> views = DiagramSynchronizer.viewsByElement(viewer.diagram());
		Node under = viewer.containerAt(at);
		Map<EObject, List<EObject>> byParent = new LinkedHashMap<>();
		for (EObject element : elements) {
			if (element.eResource() != viewer.builder().resolver().resolve(viewer.diagram().getElement()).eResource()) {
				continue;
			}
			View parentView = null;
			// nested equipment (a pump's motor) is shown beside its owner, in the owner's container
			for (EObject p = element.eContainer(); p != null && parentView == null; p = p.eContainer()) {
				View candidate = views.get(viewer.builder().resolver().idOf(p));
				if (candidate instanceof Node n && viewer.builder().description().nodeMapping(n.getMapping())
						.map(org.twinworks.diagram.description.NodeMapping::isContainer).orElse(false)) {
					parentView = candidate;
				}
			}
			byParent.computeIfAbsent(parentView, k -> new ArrayList<>()).add(element);
		}
		CompoundCommand all = new CompoundCommand("Show on Diagram");
		byParent.forEach((parentView, list) -> {
			Point where = at;
			if (parentView instanceof Node container) {
				Rectangle b = SwtGeometry.toSwt(NotationCommands.absoluteBounds(container));
				where = container == under ? new Point(at.x - b.x, at.y - b.y) : new Point(20, 40);
			}
			Command show = sync.show(viewer.domain(), viewer.diagram(), parentView instanceof Node ? parentView : null,
					list, SwtGeometry.fromSwt(where));
			if (show.canExecute()) {
				all.append(show);
			}
		});
		return all.isEmpty() ? UnexecutableCommand.INSTANCE : all;
	}
}
