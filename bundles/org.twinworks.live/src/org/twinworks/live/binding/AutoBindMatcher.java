// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.binding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinworks.live.Reconciler;
import org.twinworks.model.Binding;
import org.twinworks.model.Signal;

/** Pure matching of signals to browsed variables by {@link AutoBindRules}; no UI, no server. */
public final class AutoBindMatcher {

	/**
	 * One proposed binding.
	 *
	 * @param node    the variable proposed: the only match, the first of several, or the one the user chose
	 * @param choices every variable that matched, in browse order (more than one: ambiguous)
	 * @param current the node the signal is bound to now, or null
	 * @param chosen  the user picked {@code node} among several choices
	 */
	public record Proposal(Signal signal, BindableNode node, List<BindableNode> choices, @Nullable String current,
			boolean chosen) {
		public Proposal {
			choices = List.copyOf(choices);
		}

		/** How many variables matched. */
		public int candidates() {
			return choices.size();
		}

		/** Several variables match and none was chosen yet: the user must pick one. */
		public boolean ambiguous() {
			return choices.size() > 1 && !chosen;
		}

		/** This proposal with {@code choice} (one of its choices) picked. */
		public Proposal choose(BindableNode choice) {
			if (!choices.contains(choice)) {
				throw new IllegalArgumentException(choice.path() + " is not a match of " + signal.getTag());
			}
			return new Proposal(signal, choice, choices, current, true);
		}

		public boolean typesAgree() {
			return Reconciler.typeMatches(signal.getDataType(), node.node().dataType());
		}

		/** Checked in the preview by default: unambiguous (or chosen), types agree, and not already bound there. */
		public boolean recommended() {
			return !ambiguous() && typesAgree() && !node.node().nodeId().equals(current);
		}
	}

	private AutoBindMatcher() {
	}

	/** A proposal per signal that matches a variable, in the order of {@code signals}. */
	public static List<Proposal> match(List<Signal> signals, List<? extends BindableNode> variables,
			AutoBindRules rules) {
		Map<String, Set<BindableNode>> byKey = new HashMap<>();
		for (BindableNode variable : variables) {
			for (String key : rules.keysOf(variable)) {
				byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(variable);
			}
		}
		List<Proposal> proposals = new ArrayList<>();
		for (Signal signal : signals) {
			Binding binding = BindCommands.bindingOf(signal);
			boolean bound = binding != null && binding.isActive() && binding.getEndpoint() != null;
			if (rules.unboundOnly() && bound) {
				continue;
			}
			Set<BindableNode> found = byKey.get(rules.keyOf(signal));
			if (found != null && !found.isEmpty()) {
				proposals.add(new Proposal(signal, found.iterator().next(), List.copyOf(found),
						binding == null ? null : binding.getNodeId(), false));
			}
		}
		return proposals;
	}

	/**
	 * Picks for every ambiguous proposal the choice whose browse path shares the most leading folders with
	 * {@code example} (what "apply to all similar" does after one choice: the same server folder, area or
	 * device); proposals where two choices tie stay ambiguous.
	 */
	public static List<Proposal> chooseLike(List<Proposal> proposals, BindableNode example) {
		List<String> model = List.of(example.path().split("/"));
		List<Proposal> result = new ArrayList<>(proposals.size());
		for (Proposal proposal : proposals) {
			BindableNode best = null;
			int bestShared = -1;
			boolean tie = false;
			for (BindableNode choice : proposal.ambiguous() ? proposal.choices() : List.<BindableNode>of()) {
				int shared = sharedFolders(model, List.of(choice.path().split("/")));
				if (shared > bestShared) {
					best = choice;
					bestShared = shared;
					tie = false;
				} else if (shared == bestShared) {
					tie = true;
				}
			}
			result.add(best == null || tie ? proposal : proposal.choose(best));
		}
		return result;
	}

	/** Leading folders (not the variable's own name) two browse paths have in common. */
	private static int sharedFolders(List<String> a, List<String> b) {
		int n = 0;
		while (n < a.size() - 1 && n < b.size() - 1 && a.get(n).equals(b.get(n))) {
			n++;
		}
		return n;
	}
}