// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Twin;

/**
 * Which endpoints a twin's bindings use for each namespace URI, counted once per validation (kept in the validation
 * context) so checking every binding stays linear.
 */
final class NamespaceEndpoints {
	private final Map<String, Map<Endpoint, Integer>> uses = new HashMap<>();

	private NamespaceEndpoints(Twin twin) {
		for (Binding binding : twin.getBindings()) {
			String namespace = namespaceOf(binding);
			if (namespace != null && binding.getEndpoint() != null) {
				uses.computeIfAbsent(namespace, n -> new LinkedHashMap<>()).merge(binding.getEndpoint(), 1,
						Integer::sum);
			}
		}
	}

	static NamespaceEndpoints of(Twin twin, @Nullable Map<Object, Object> context) {
		if (context == null) {
			return new NamespaceEndpoints(twin);
		}
		Object key = new CacheKey(twin);
		return (NamespaceEndpoints) context.computeIfAbsent(key, k -> new NamespaceEndpoints(twin));
	}

	/**
	 * Another endpoint that serves {@code namespace} for other bindings, when the binding's own endpoint serves it for
	 * no other binding; null otherwise (a namespace only this binding uses is not suspicious on its own).
	 */
	@Nullable
	Endpoint otherServer(Binding binding, String namespace) {
		Map<Endpoint, Integer> byEndpoint = uses.getOrDefault(namespace, Map.of());
		if (byEndpoint.getOrDefault(binding.getEndpoint(), 0) > 1) {
			return null;
		}
		return byEndpoint.keySet().stream().filter(e -> e != binding.getEndpoint()).findFirst().orElse(null);
	}

	private static @Nullable String namespaceOf(Binding binding) {
		try {
			return NodeIds.parse(binding.getNodeId()).namespaceUri();
		} catch (NodeIds.InvalidNodeIdException e) {
			return null;
		}
	}

	/** The context map is shared by every rule of a validation: the key names whose entry this is. */
	private record CacheKey(Twin twin) {
	}
}
