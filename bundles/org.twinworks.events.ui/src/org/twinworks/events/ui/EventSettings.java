// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.twinworks.events.DetectorProvider;
import org.twinworks.events.builtin.AlarmFloodProvider;
import org.twinworks.events.builtin.DriftDetectorProvider;
import org.twinworks.events.builtin.DriftParameters;
import org.twinworks.events.builtin.DriftStatistics;
import org.twinworks.events.engine.Deductions;
import org.twinworks.events.engine.SignalQualityDetector;
import org.twinworks.events.engine.SignalQualityProvider;
import org.twinworks.model.SignalDataType;

/**
 * What a user tunes of the workbench's event engines (Preferences > Twinworks > Events): how long a signal stays Bad
 * before it is an event, whether HIGH and CRITICAL frames bring the Events view up, drift on or off with its window
 * and baseline, and an alarm flood's N alarms in M minutes.
 */
public record EventSettings(Duration qualityThreshold, boolean notifyHighSeverity, boolean drift, Duration driftWindow,
		Duration driftBaseline, int floodAlarms, Duration floodWindow) {

	/**
	 * Bringing the Events view up is off by default: it would come to the top of its stack (over the Trends view in
	 * the commissioning perspective) whenever a plant misbehaves, which is for each user to choose.
	 */
	public static final EventSettings DEFAULT = new EventSettings(SignalQualityDetector.DEFAULT_THRESHOLD, false, true,
			DriftParameters.DEFAULT_WINDOW,
			DriftParameters.DEFAULT_WINDOW.multipliedBy(DriftParameters.DEFAULT_WARM_UP),
			AlarmFloodProvider.DEFAULT_FLOOD_ABOVE, AlarmFloodProvider.DEFAULT_WINDOW);

	public EventSettings {
		if (!qualityThreshold.isPositive() || !driftWindow.isPositive() || !floodWindow.isPositive()) {
			throw new IllegalArgumentException("the quality threshold, drift window and flood window must be positive");
		}
		if (driftBaseline.compareTo(driftWindow) < 0) {
			throw new IllegalArgumentException("the drift baseline is at least one window long");
		}
		if (floodAlarms < 1) {
			throw new IllegalArgumentException("a flood is at least one alarm");
		}
	}

	public EventSettings withQualityThreshold(Duration threshold) {
		return new EventSettings(threshold, notifyHighSeverity, drift, driftWindow, driftBaseline, floodAlarms,
				floodWindow);
	}

	public EventSettings withNotifyHighSeverity(boolean notify) {
		return new EventSettings(qualityThreshold, notify, drift, driftWindow, driftBaseline, floodAlarms, floodWindow);
	}

	/** The standard deductions with these settings (drift left out when it is off). */
	public List<DetectorProvider> providers() {
		List<DetectorProvider> providers = new ArrayList<>();
		for (DetectorProvider provider : Deductions.standard()) {
			if (provider instanceof SignalQualityProvider) {
				providers.add(new SignalQualityProvider(qualityThreshold));
			} else if (provider instanceof DriftDetectorProvider) {
				if (drift) {
					providers.add(new DriftDetectorProvider(driftParameters(),
							new DriftStatistics(DriftDetectorProvider.DEFAULT_READINGS)));
				}
			} else if (provider instanceof AlarmFloodProvider) {
				// the flood ends below half its start, as the default's 10 / 5 does
				providers.add(new AlarmFloodProvider(floodAlarms, Math.max(1, floodAlarms / 2), floodWindow));
			} else {
				providers.add(provider);
			}
		}
		return providers;
	}

	/**
	 * The defaults per signal type while window and baseline are the defaults; otherwise every analog signal with
	 * this window and baseline (integers keep their quantisation floor; temperatures lose their longer window).
	 */
	DriftParameters driftParameters() {
		if (driftWindow.equals(DEFAULT.driftWindow) && driftBaseline.equals(DEFAULT.driftBaseline)) {
			return DriftParameters.defaults();
		}
		int warmUp = (int) Math.max(1, driftBaseline.toMillis() / driftWindow.toMillis());
		DriftParameters.Entry entry = DriftParameters.DEFAULT.withWindow(driftWindow).withWarmUp(warmUp);
		DriftParameters parameters = DriftParameters.uniform(entry);
		for (SignalDataType type : SignalDataType.VALUES) {
			if (type != SignalDataType.FLOAT && type != SignalDataType.DOUBLE && type != SignalDataType.BOOLEAN
					&& type != SignalDataType.STRING && type != SignalDataType.DATE_TIME
					&& type != SignalDataType.ENUMERATION) {
				parameters = parameters.with(type, entry.withSigmaFloor(1 / Math.sqrt(12)));
			}
		}
		return parameters;
	}
}
