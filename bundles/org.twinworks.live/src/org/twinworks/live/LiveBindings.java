// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.util.List;

import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;

/** The bindings a session subscribes: the active ones of the plant's twin that name that endpoint. */
public final class LiveBindings {

	private LiveBindings() {
	}

	public static List<Binding> activeOn(Plant plant, Endpoint endpoint) {
		if (plant.getTwin() == null) {
			return List.of();
		}
		return plant.getTwin().getBindings().stream().filter(Binding::isActive).filter(b -> b.getEndpoint() == endpoint)
				.toList();
	}
}
