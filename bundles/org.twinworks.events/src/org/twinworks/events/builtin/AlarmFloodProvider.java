// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.twinworks.events.Detector;
import org.twinworks.events.DetectorProvider;
import org.twinworks.model.Area;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * An {@link AlarmFlood} for every area with alarm limits on its signals (anywhere below it: its work centres,
 * units, equipment and their child equipment). Defaults after ANSI/ISA-18.2 (and EEMUA 191): a flood is more
 * than 10 alarms in 10 minutes for one operator's area, and it ends when the rate falls below 5 in 10 minutes.
 */
public final class AlarmFloodProvider implements DetectorProvider {
	public static final int DEFAULT_FLOOD_ABOVE = 10;
	public static final int DEFAULT_FLOOD_ENDS_BELOW = 5;
	public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

	private final int floodAbove;
	private final int floodEndsBelow;
	private final Duration window;

	public AlarmFloodProvider() {
		this(DEFAULT_FLOOD_ABOVE, DEFAULT_FLOOD_ENDS_BELOW, DEFAULT_WINDOW);
	}

	public AlarmFloodProvider(int floodAbove, int floodEndsBelow, Duration window) {
		if (floodAbove < 1 || floodEndsBelow < 1 || floodEndsBelow > floodAbove) {
			throw new IllegalArgumentException(
					"a flood needs 1 <= end count <= start count, not " + floodEndsBelow + " / " + floodAbove);
		}
		this.floodAbove = floodAbove;
		this.floodEndsBelow = floodEndsBelow;
		this.window = window;
	}

	@Override
	public List<Detector> detectorsFor(Plant plant) {
		List<Detector> detectors = new ArrayList<>();
		for (Area area : plant.getAreas()) {
			List<Signal> signals = new ArrayList<>();
			for (var it = area.eAllContents(); it.hasNext();) {
				EObject element = it.next();
				if (element instanceof Signal signal) {
					signals.add(signal);
				}
			}
			var limits = AlarmFlood.limitsIn(signals);
			if (!limits.isEmpty()) {
				detectors.add(new AlarmFlood(area, limits, floodAbove, floodEndsBelow, window));
			}
		}
		return detectors;
	}
}
