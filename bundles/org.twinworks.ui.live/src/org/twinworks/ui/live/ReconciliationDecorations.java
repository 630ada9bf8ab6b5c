// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.twinworks.diagram.overlay.Decoration;
import org.twinworks.diagram.overlay.DecorationProvider;
import org.twinworks.live.Mismatch;
import org.twinworks.live.Reconciliation;

/**
 * Reconciliation mismatches as warnings on the equipment whose signals they are about (signals have no node of
 * their own), from the last reconciliation of each of the model's endpoints; none once an endpoint disconnects.
 */
public final class ReconciliationDecorations implements DecorationProvider {
	private final LiveModel live;
	private List<Reconciliation> shown = List.of();
	private Map<EObject, List<Decoration>> byElement = new IdentityHashMap<>();

	public ReconciliationDecorations(LiveModel live) {
		this.live = live;
	}

	/** UI thread: reads the endpoints' latest reconciliations; true when they are not the ones shown. */
	public boolean update() {
		List<Reconciliation> latest = new ArrayList<>();
		for (EndpointConnection c : live.connections()) {
			latest.add(c.reconciliation());
		}
		if (sameInstances(latest, shown)) {
			return false;
		}
		Map<EObject, List<Decoration>> map = new IdentityHashMap<>();
		for (Reconciliation r : latest) {
			for (Mismatch m : r == null ? List.<Mismatch>of() : r.mismatches()) {
				if (m.signal() != null && m.signal().getEquipment() != null) {
					map.computeIfAbsent(m.signal().getEquipment(), k -> new ArrayList<>())
							.add(new Decoration(m.aspect() == Mismatch.Aspect.MONITORING
									? Decoration.Severity.INFO
									: Decoration.Severity.WARNING, MismatchText.describe(m)));
				}
			}
		}
		shown = latest;
		byElement = map;
		return true;
	}

	// a reconciliation is immutable and replaced as a whole: identity says whether anything changed
	private static boolean sameInstances(List<Reconciliation> a, List<Reconciliation> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (a.get(i) != b.get(i)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public List<Decoration> decorationsFor(EObject element) {
		return byElement.getOrDefault(element, List.of());
	}
}
