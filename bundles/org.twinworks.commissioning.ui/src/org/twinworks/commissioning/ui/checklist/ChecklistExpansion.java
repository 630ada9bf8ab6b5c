// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which groups the Checklist view opens again after a filter rebuilt its rows: those the user had open, also when a
 * filter hid them for a while, but not the areas the text filter opened by itself once the text is cleared (left
 * open, they made a large campaign's every later filter slow).
 */
final class ChecklistExpansion {
	private final Set<ChecklistGroup> openedByText = new HashSet<>();
	private final Set<ChecklistGroup> hiddenOpen = new LinkedHashSet<>();

	/** A new campaign: nothing from the last one is opened again. */
	void forget() {
		openedByText.clear();
		hiddenOpen.clear();
	}

	/**
	 * The groups of {@code tree} to open.
	 *
	 * @param expanded the groups open before the rows were rebuilt
	 * @param autoOpened the areas the view opened by itself for {@code tree}
	 * @param textFiltered true when {@code tree} is filtered by text
	 */
	List<ChecklistGroup> reopen(ChecklistTree tree, Object[] expanded, List<ChecklistGroup> autoOpened,
			boolean textFiltered) {
		if (textFiltered) {
			List<Object> before = Arrays.asList(expanded);
			for (ChecklistGroup area : autoOpened) {
				if (!before.contains(area)) {
					openedByText.add(area);
				}
			}
		}
		for (Object element : expanded) {
			if (element instanceof ChecklistGroup group) {
				hiddenOpen.add(group);
			}
		}
		List<ChecklistGroup> open = new ArrayList<>();
		for (ChecklistGroup group : List.copyOf(hiddenOpen)) {
			if (tree.contains(group)) {
				hiddenOpen.remove(group);
				if (textFiltered || !openedByText.contains(group)) {
					open.add(group);
				}
			}
		}
		if (!textFiltered) {
			openedByText.clear();
		}
		return open;
	}
}
