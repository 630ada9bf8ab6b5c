// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import java.util.List;

import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.record.Check;

/**
 * Hands the virtual tree only the rows it shows, from the grouped list built beforehand. It also expands rows itself:
 * JFace's {@code setExpandedState} fills in every row under the expanded one (thousands of label updates for an area),
 * where GTK asks only for the rows it paints.
 */
final class LazyChecklistContent implements ILazyTreeContentProvider {
	/** The viewer's input: the same object for the view's life, so a refresh keeps what is expanded. */
	static final Object ROOT = new Object() {
		@Override
		public String toString() {
			return "checklist";
		}
	};

	private final TreeViewer viewer;
	private ChecklistTree tree = ChecklistTree.empty();

	LazyChecklistContent(TreeViewer viewer) {
		this.viewer = viewer;
	}

	void show(ChecklistTree next) {
		tree = next;
	}

	/**
	 * Shows {@code next} without rebuilding the viewer when it has the same rows as the tree shown (checks changed
	 * state, nothing moved in or out of the filter): only the rows whose labels changed are updated. False when the
	 * rows differ; nothing is changed then.
	 */
	boolean showInPlace(ChecklistTree next) {
		List<Object> changed = next.changedRows(tree);
		if (changed == null) {
			return false;
		}
		tree = next;
		if (!changed.isEmpty()) {
			viewer.update(changed.toArray(), null);
		}
		return true;
	}

	ChecklistTree tree() {
		return tree;
	}

	private List<?> childrenOf(@Nullable Object parent) {
		if (parent == ROOT) {
			return tree.areas();
		}
		return parent instanceof ChecklistGroup group ? group.children() : List.of();
	}

	@Override
	public void updateElement(Object parent, int index) {
		List<?> children = childrenOf(parent);
		if (index < children.size()) {
			Object child = children.get(index);
			viewer.replace(parent, index, child);
			viewer.setChildCount(child, childrenOf(child).size());
		}
	}

	@Override
	public void updateChildCount(Object element, int currentChildCount) {
		int count = childrenOf(element).size();
		if (count != currentChildCount) {
			viewer.setChildCount(element, count);
		}
	}

	@Override
	public @Nullable Object getParent(Object element) {
		if (element instanceof ChecklistGroup group) {
			return group.parent() == null ? ROOT : group.parent();
		}
		return element instanceof Check check ? tree.groupOf(check) : null;
	}

	/** Expands a group's row (and its area's), filling in only that row: GTK asks for the rows under it it paints. */
	void expand(ChecklistGroup group) {
		ChecklistGroup area = group.parent();
		if (area != null) {
			expand(area);
		}
		TreeItem item = item(group);
		if (item != null) {
			item.setExpanded(true);
		}
	}

	/** Expands the rows above a shown check and fills in its row, so the viewer can select it without filling others. */
	void expandTo(Check check) {
		ChecklistGroup group = tree.groupOf(check);
		if (group == null) {
			return;
		}
		expand(group);
		TreeItem groupItem = item(group);
		int index = group.children().indexOf(check);
		if (groupItem != null && index >= 0 && index < groupItem.getItemCount()) {
			materialize(group, index, groupItem.getItem(index));
		}
	}

	/** The row of a group of the tree shown, filled in; null when it has none (filtered out, parent not shown). */
	private @Nullable TreeItem item(ChecklistGroup group) {
		ChecklistGroup current = tree.current(group);
		if (current == null) {
			return null;
		}
		ChecklistGroup area = current.parent();
		if (area == null) {
			Tree control = viewer.getTree();
			int index = tree.areas().indexOf(current);
			return index < control.getItemCount() ? materialize(ROOT, index, control.getItem(index)) : null;
		}
		TreeItem areaItem = item(area);
		int index = area.children().indexOf(current);
		return areaItem == null || index >= areaItem.getItemCount()
				? null
				: materialize(area, index, areaItem.getItem(index));
	}

	private TreeItem materialize(Object parent, int index, TreeItem item) {
		if (item.getData() == null) {
			updateElement(parent, index);
		}
		return item;
	}
}
