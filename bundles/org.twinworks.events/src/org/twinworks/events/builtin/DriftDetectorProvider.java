// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.twinworks.events.Detector;
import org.twinworks.events.DetectorProvider;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * Drift on every analog signal of a plant (a numeric input: see {@link SignalRoles#isAnalog}), one
 * {@link DriftDetector} each, with the {@link DriftParameters} of its kind and, where the model gives the twin's
 * dynamics something to expect of it (a setpoint, a reference, a nominal value, the pumps of its tank), the
 * {@link DriftExpectation} its window means are compared with (so a setpoint step or a pump starting is not a
 * drift); their readings go to {@link #statistics()}.
 */
public final class DriftDetectorProvider implements DetectorProvider {
	/**
	 * Readings kept per signal by default: an hour of 10 s windows, 17 KB a signal taken at its first window (197 MB
	 * for the 11,406 analog signals of the 20,000-signal benchmark plant).
	 */
	public static final int DEFAULT_READINGS = 360;

	private final DriftParameters parameters;
	private final DriftStatistics statistics;
	private final Map<Signal, DriftDetector> detectors = new ConcurrentHashMap<>();

	public DriftDetectorProvider() {
		this(DriftParameters.defaults(), new DriftStatistics(DEFAULT_READINGS));
	}

	public DriftDetectorProvider(DriftParameters parameters, DriftStatistics statistics) {
		this.parameters = parameters;
		this.statistics = statistics;
	}

	@Override
	public List<Detector> detectorsFor(Plant plant) {
		List<Detector> created = new ArrayList<>();
		DriftExpectations expectations = new DriftExpectations(plant);
		for (var it = plant.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof Signal signal && signal.getEquipment() != null && SignalRoles.isAnalog(signal)) {
				DriftDetector detector = new DriftDetector(signal, parameters.forSignal(signal), statistics,
						expectations.of(signal));
				detectors.put(signal, detector);
				created.add(detector);
			}
		}
		return created;
	}

	/** The drift readings of every signal this provider watches. */
	public DriftStatistics statistics() {
		return statistics;
	}

	/** The detector set up for {@code signal}, e.g. to {@link DriftDetector#reset()} it. */
	public Optional<DriftDetector> detectorFor(Signal signal) {
		return Optional.ofNullable(detectors.get(signal));
	}
}
