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
	 * @param candidates how many variables matched (more than one: ambiguous, the first is proposed)
	 * @param current    the node the signal is bound to now, or null
	 */
	public record Proposal(Signal signal, BindableNode node, int candidates, @Nullable String current) {
		public boolean typesAgree() {
			return Reconciler.typeMatches(signal.getDataType(), node.node().dataType());
		}

		/** Checked in the preview by default: unambiguous, types agree, and not already bound there. */
		public boolean recommended() {
			return candidates == 1 && typesAgree() && !node.node().nodeId().equals(current);
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
				proposals.add(new Proposal(signal, found.iterator().next(), found.size(),
						binding == null ? null : binding.getNodeId()));
			}
		}
		return proposals;
	}
}
