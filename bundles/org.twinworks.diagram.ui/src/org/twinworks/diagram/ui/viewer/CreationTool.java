package org.twinworks.diagram.ui.viewer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Point;
import org.twinworks.diagram.notation.Node;

/** Click to create an element (and its view) where the click was; the semantic part comes from the caller. */
public final class CreationTool implements Tool {

	/** Builds the command that creates the semantic element and its view at a diagram point. */
	@FunctionalInterface
	public interface Creator {
		/** @param container the container node under the click, or null for the diagram itself */
		Command create(DiagramViewer viewer, Point at, Node container);
	}

	private final String label;
	private final String symbol;
	private final Creator creator;

	public CreationTool(String label, String symbol, Creator creator) {
		this.label = label;
		this.symbol = symbol;
		this.creator = creator;
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public String symbol() {
		return symbol;
	}

	@Override
	public int cursor() {
		return SWT.CURSOR_CROSS;
	}

	@Override
	public void mouseDown(DiagramViewer viewer, MouseEvent event, Point at) {
		if (event.button != 1) {
			return;
		}
		Point snapped = viewer.snap(at);
		Node container = viewer.containerAt(at);
		Command create = creator.create(viewer, snapped, container);
		if (create != null && create.canExecute()) {
			viewer.execute(create);
			viewer.selectCreated(create);
		} else {
			viewer.showStatus(label + ": cannot create here");
		}
		if ((event.stateMask & SWT.SHIFT) == 0) {
			viewer.activateDefaultTool();
		}
	}

	@Override
	public void mouseMove(DiagramViewer viewer, MouseEvent event, Point at) {
	}

	@Override
	public void mouseUp(DiagramViewer viewer, MouseEvent event, Point at) {
	}
}
