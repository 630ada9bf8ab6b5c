// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import java.util.Locale;

import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckState;

/**
 * The checklist's columns: Check (the tree, as wide as the view leaves it), State and Assignee. Real columns are also
 * what keeps filtering fast: a tree without columns has GTK measure every open row for the scroll width.
 */
final class ChecklistColumns {
	static final String CHECK = "Check";
	static final String STATE = "State";
	static final String ASSIGNEE = "Assignee";
	private static final int STATE_WIDTH = 130;
	private static final int ASSIGNEE_WIDTH = 110;
	private static final int MIN_CHECK_WIDTH = 200;

	private ChecklistColumns() {
	}

	static void add(TreeViewer viewer, CellLabelProvider checkLabels) {
		Tree tree = viewer.getTree();
		tree.setHeaderVisible(true);
		TreeViewerColumn check = column(viewer, CHECK, MIN_CHECK_WIDTH, checkLabels);
		column(viewer, STATE, STATE_WIDTH, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Check c ? state(c) : "";
			}
		});
		column(viewer, ASSIGNEE, ASSIGNEE_WIDTH, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Check c && c.getAssignee() != null ? c.getAssignee() : "";
			}
		});
		// the Check column takes what the others leave, so the list never scrolls sideways for its own columns
		tree.addListener(SWT.Resize, e -> fill(tree, check.getColumn()));
	}

	private static TreeViewerColumn column(TreeViewer viewer, String title, int width, CellLabelProvider labels) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(false);
		column.setLabelProvider(labels);
		return column;
	}

	private static void fill(Tree tree, TreeColumn check) {
		int others = 0;
		for (TreeColumn column : tree.getColumns()) {
			if (column != check) {
				others += column.getWidth();
			}
		}
		check.setWidth(Math.max(MIN_CHECK_WIDTH, tree.getClientArea().width - others));
	}

	/** The checklist's state, with the engine's finer one for pending checks that are not just waiting. */
	static String state(Check check) {
		ChecklistState state = ChecklistState.of(check);
		if (state == ChecklistState.PENDING && check.getState() != CheckState.NOT_STARTED) {
			return state.label() + " (" + check.getState().getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ')
					+ ")";
		}
		return state.label();
	}
}
