// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.twinworks.events.Detector;
import org.twinworks.events.DetectorProvider;
import org.twinworks.model.Interlock;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.Plant;
import org.twinworks.model.rules.TimeProperties;

/**
 * An {@link InterlockTrip} for every complete interlock of a plant (conditions on signals with an operator, a
 * tripped equipment, a trip action, and something on the equipment that shows the action: {@link TripEvidence}).
 * An interlock gets the time its tripped equipment states in a {@value #TRIP_TIME} property (its own, else its
 * type's: a large valve that takes 40 s to close), else {@code allowed}, 5 s by default (a trip acts within a scan or
 * two, a motor's running feedback drops within a second or two; 5 s leaves room for slow contacts and sampling).
 */
public final class InterlockTripProvider implements DetectorProvider {
	public static final Duration DEFAULT_ALLOWED = Duration.ofSeconds(5);
	/** The tripped equipment's property (a number with its unit, s when none) that overrides the time allowed. */
	public static final String TRIP_TIME = TimeProperties.TRIP_TIME;

	private final Duration allowed;

	public InterlockTripProvider() {
		this(DEFAULT_ALLOWED);
	}

	public InterlockTripProvider(Duration allowed) {
		this.allowed = allowed;
	}

	@Override
	public List<Detector> detectorsFor(Plant plant) {
		List<Detector> detectors = new ArrayList<>();
		for (Interlock interlock : plant.getInterlocks()) {
			if (!complete(interlock)) {
				continue;
			}
			List<TripEvidence> evidence = TripEvidence.of(interlock.getTrips(), interlock.getTripAction());
			if (!evidence.isEmpty()) {
				detectors.add(new InterlockTrip(interlock, evidence,
						TimeProperties.of(interlock.getTrips(), TRIP_TIME).orElse(allowed)));
			}
		}
		return detectors;
	}

	private static boolean complete(Interlock interlock) {
		if (interlock.getTrips() == null || interlock.getTripAction() == null || interlock.getConditions().isEmpty()) {
			return false;
		}
		for (InterlockCondition condition : interlock.getConditions()) {
			if (condition.getSignal() == null || condition.getOperator() == null) {
				return false;
			}
		}
		return true;
	}
}
