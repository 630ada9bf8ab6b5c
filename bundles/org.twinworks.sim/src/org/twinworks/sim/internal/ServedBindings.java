// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.twinworks.model.Binding;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.model.rules.NodeIds;
import org.twinworks.model.rules.NodeIds.ParsedNodeId;

/**
 * The bindings the virtual plant serves: every active binding whose node id parses and lies in the plant's
 * namespace, whichever endpoint it names (the virtual plant stands in for all of them). The first binding of a
 * node id wins; everything left out is reported, not thrown.
 */
public record ServedBindings(Map<Binding, ParsedNodeId> served, List<String> skipped) {

	public static ServedBindings of(Plant plant) {
		Map<Binding, ParsedNodeId> served = new LinkedHashMap<>();
		List<String> skipped = new ArrayList<>();
		Set<ParsedNodeId> seen = new HashSet<>();
		if (plant.getTwin() == null) {
			return new ServedBindings(served, skipped);
		}
		for (Binding binding : plant.getTwin().getBindings()) {
			Signal signal = binding.getSignal();
			if (!binding.isActive() || signal == null || signal.getTag() == null || signal.getDataType() == null) {
				continue;
			}
			try {
				ParsedNodeId id = NodeIds.parse(binding.getNodeId());
				if (!id.namespaceUri().equals(plant.getNamespaceUri())) {
					skipped.add(ModelPaths.describe(binding) + ": namespace " + id.namespaceUri()
							+ " is not the plant's " + plant.getNamespaceUri());
				} else if (!seen.add(id)) {
					skipped.add(ModelPaths.describe(binding) + ": node id " + binding.getNodeId()
							+ " is already served for another binding");
				} else {
					served.put(binding, id);
				}
			} catch (NodeIds.InvalidNodeIdException e) {
				skipped.add(ModelPaths.describe(binding) + ": " + e.getMessage());
			}
		}
		return new ServedBindings(served, skipped);
	}
}
