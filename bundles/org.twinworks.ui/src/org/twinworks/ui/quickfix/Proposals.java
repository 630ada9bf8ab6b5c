// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.quickfix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.twinworks.model.edit.quickfix.QuickFix;
import org.twinworks.model.edit.quickfix.QuickFixes;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.model.validation.ValidationProblem;

/**
 * What Quick Fix offers for a selection: each fix of the selected elements' problems, once, on every selected element
 * it repairs (an alarm limit selected counts for its signal).
 */
public final class Proposals {

	/** A fix and the elements it runs on. */
	public record Proposal(QuickFix fix, List<EObject> elements) {

		/** The menu item: the fix, and how many elements when several, or which one when it takes one. */
		public String label() {
			if (elements.size() > 1) {
				return fix.label() + " (" + elements.size() + " problems)";
			}
			return fix.fixesSeveral() ? fix.label() : fix.label() + " for " + ModelPaths.label(elements.get(0));
		}
	}

	private Proposals() {
	}

	public static List<Proposal> forSelection(List<ValidationProblem> problems, List<?> selection) {
		Set<Object> selected = new LinkedHashSet<>(selection);
		Map<QuickFix, Set<EObject>> byFix = new LinkedHashMap<>();
		for (ValidationProblem problem : problems) {
			EObject element = problem.element();
			if (!selected.contains(element)
					&& selection.stream().noneMatch(s -> s instanceof EObject e && e.eContainer() == element)) {
				continue;
			}
			for (QuickFix fix : QuickFixes.forProblem(problem)) {
				byFix.computeIfAbsent(fix, f -> new LinkedHashSet<>()).add(element);
			}
		}
		List<Proposal> proposals = new ArrayList<>();
		byFix.forEach((fix, elements) -> {
			if (fix.fixesSeveral()) {
				proposals.add(new Proposal(fix, List.copyOf(elements)));
			} else {
				elements.forEach(e -> proposals.add(new Proposal(fix, List.of(e))));
			}
		});
		return proposals;
	}
}
