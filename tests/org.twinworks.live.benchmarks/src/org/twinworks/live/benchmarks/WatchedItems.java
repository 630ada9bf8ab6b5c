// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.benchmarks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.twinworks.live.DerivedStates;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.LiveSession;
import org.twinworks.live.SignalState;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;

/**
 * The items as the workbench shows them: a {@link ValueStore} and the {@link DerivedStates} listening to it and to
 * the session, as LiveModel wires them. An item is fresh when it has a Good value that is not stale; the derived
 * states clear staleness only on a value that arrived after the connection was lost.
 */
final class WatchedItems {
	private final List<Binding> bindings;
	private final DerivedStates states;
	private final ValueStore store;
	private final Set<Binding> seenStale = new HashSet<>();

	WatchedItems(List<Binding> bindings, DerivedStates states, ValueStore store) {
		this.bindings = List.copyOf(bindings);
		this.states = states;
		this.store = store;
	}

	int size() {
		return bindings.size();
	}

	/** Forgets which items were seen stale: a new trial starts. */
	void startTrial() {
		seenStale.clear();
	}

	/** Notes the items stale or Bad now; true once every item was so at least once this trial. */
	boolean allSeenStale() {
		for (Binding binding : bindings) {
			if (!fresh(binding)) {
				seenStale.add(binding);
			}
		}
		return seenStale.size() == bindings.size();
	}

	/** The tags of the items not seen stale or Bad this trial. */
	List<String> neverStale() {
		return bindings.stream().filter(b -> !seenStale.contains(b)).map(b -> b.getSignal().getTag()).toList();
	}

	boolean allFresh() {
		return bindings.stream().allMatch(this::fresh);
	}

	/** The items that are not fresh though the server answers a read of their node with a Good value. */
	int silentlyDead(LiveSession session) {
		int dead = 0;
		for (Binding binding : bindings) {
			if (!fresh(binding) && servedGood(session, binding)) {
				dead++;
				System.out.println("network:   silently dead: " + binding.getSignal().getTag() + " ("
						+ binding.getNodeId() + ") state " + states.state(binding.getSignal()));
			}
		}
		return dead;
	}

	/** The items fresh now among {@code all}: a baseline keeps only those, so a signal Bad by design is no failure. */
	static List<Binding> freshOf(List<Binding> all, DerivedStates states, ValueStore store) {
		WatchedItems items = new WatchedItems(all, states, store);
		return all.stream().filter(items::fresh).toList();
	}

	private boolean fresh(Binding binding) {
		SignalState state = states.state(binding.getSignal());
		return !state.stale() && !state.bad()
				&& store.latest(binding.getSignal()).map(SignalValue::isGood).orElse(false);
	}

	private static boolean servedGood(LiveSession session, Binding binding) {
		try {
			return session.read(binding.getNodeId()).isGood();
		} catch (LiveConnectionException e) {
			return false;
		}
	}
}
