// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.twinworks.model.Named;
import org.twinworks.model.rules.ModelPaths;

/**
 * Shows elements whose tag or name contains the filter text, with their ancestors so the tree keeps its
 * shape. The matching set is computed once per filter change (one pass over the model), not per item.
 */
final class TagOrNameFilter extends ViewerFilter {
	private final Set<EObject> visible = new HashSet<>();
	private String text = "";

	/** @return true when the filter now hides something */
	boolean update(String filterText, Resource resource) {
		text = filterText == null ? "" : filterText.strip().toLowerCase(Locale.ROOT);
		visible.clear();
		if (text.isEmpty()) {
			return false;
		}
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (matches(element)) {
				for (EObject e = element; e != null && visible.add(e); e = e.eContainer()) {
					// ancestors keep the path to the match visible
				}
				element.eAllContents().forEachRemaining(visible::add);
				it.prune();
			}
		}
		return true;
	}

	private boolean matches(EObject element) {
		String tag = ModelPaths.tagOf(element);
		String name = element instanceof Named n ? n.getName() : null;
		return tag != null && tag.toLowerCase(Locale.ROOT).contains(text)
				|| name != null && name.toLowerCase(Locale.ROOT).contains(text);
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		return text.isEmpty() || !(element instanceof EObject e) || visible.contains(e);
	}
}
