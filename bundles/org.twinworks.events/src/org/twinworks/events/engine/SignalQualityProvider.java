// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.engine;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.twinworks.events.Detector;
import org.twinworks.events.DetectorProvider;
import org.twinworks.model.Binding;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/** One {@link SignalQualityDetector} watching every signal of the plant with an active binding. */
public final class SignalQualityProvider implements DetectorProvider {
	private final Duration threshold;

	public SignalQualityProvider() {
		this(SignalQualityDetector.DEFAULT_THRESHOLD);
	}

	public SignalQualityProvider(Duration threshold) {
		this.threshold = threshold;
	}

	@Override
	public List<Detector> detectorsFor(Plant plant) {
		if (plant.getTwin() == null) {
			return List.of();
		}
		Set<Signal> bound = new LinkedHashSet<>();
		for (Binding binding : plant.getTwin().getBindings()) {
			if (binding.isActive() && binding.getSignal() != null) {
				bound.add(binding.getSignal());
			}
		}
		return bound.isEmpty() ? List.of() : List.of(new SignalQualityDetector(bound, threshold));
	}
}
