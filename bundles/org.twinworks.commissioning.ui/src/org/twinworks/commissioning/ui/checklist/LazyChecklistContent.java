// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import java.util.List;

import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.record.Check;

/** Hands the virtual tree only the rows it shows, from the grouped list built beforehand. */
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

	ChecklistTree tree() {
		return tree;
	}

	private List<?> childrenOf(Object parent) {
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
}
