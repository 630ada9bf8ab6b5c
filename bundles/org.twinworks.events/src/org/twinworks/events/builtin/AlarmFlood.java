// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinworks.events.Detector;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventSink;
import org.twinworks.events.Severity;
import org.twinworks.events.analytics.HysteresisLimit;
import org.twinworks.events.analytics.SlidingCount;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueStore;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Area;
import org.twinworks.model.Signal;

/**
 * Alarm floods in one area: every alarm limit of the area's signals annunciates when crossed (with its hysteresis,
 * {@link HysteresisLimit}); more than {@code floodAbove} annunciations within the window open an
 * {@code alarm.flood} frame (HIGH) for the area (no equipment: the area's name is in the message and captured as
 * {@code area}), which closes once fewer than {@code floodEndsBelow} remain in the window.
 */
public final class AlarmFlood implements Detector {
	public static final String SOURCE = "alarm.flood";

	private final Area area;
	private final Map<Signal, List<HysteresisLimit>> limits;
	private final int floodAbove;
	private final int floodEndsBelow;
	private final Duration window;
	private final SlidingCount annunciated;
	private @Nullable EventFrame frame;

	AlarmFlood(Area area, Map<Signal, List<HysteresisLimit>> limits, int floodAbove, int floodEndsBelow,
			Duration window) {
		this.area = area;
		this.limits = Map.copyOf(limits);
		this.floodAbove = floodAbove;
		this.floodEndsBelow = floodEndsBelow;
		this.window = window;
		this.annunciated = new SlidingCount(window);
	}

	/** The limits of {@code signal} as annunciated alarms (HIGH/HIGH_HIGH above, LOW/LOW_LOW below). */
	static List<HysteresisLimit> limitsOf(Signal signal) {
		List<HysteresisLimit> limits = new ArrayList<>();
		for (AlarmLimit limit : signal.getAlarmLimits()) {
			boolean high = limit.getKind() == AlarmKind.HIGH || limit.getKind() == AlarmKind.HIGH_HIGH;
			limits.add(new HysteresisLimit(high, limit.getValue(), Math.max(0, limit.getHysteresis())));
		}
		return limits;
	}

	public Area area() {
		return area;
	}

	@Override
	public Set<Signal> watched() {
		return limits.keySet();
	}

	@Override
	public void onValue(Signal signal, SignalValue value, Instant time, EventSink sink) {
		double x = ValueStore.plotted(value);
		for (HysteresisLimit limit : limits.getOrDefault(signal, List.of())) {
			if (limit.update(x)) {
				annunciated.add(time);
			}
		}
		judge(time, sink);
	}

	@Override
	public void onTime(Instant now, EventSink sink) {
		judge(now, sink);
	}

	private void judge(Instant now, EventSink sink) {
		int count = annunciated.count(now);
		if (frame == null && count > floodAbove) {
			frame = sink.open(SOURCE, Severity.HIGH, null,
					"Alarm flood in " + area.getName() + ": " + count + " alarms in " + window.toMinutes() + " min",
					now, captured(count));
		} else if (frame != null && count < floodEndsBelow) {
			sink.close(frame, now, captured(count));
			frame = null;
		}
	}

	private Map<String, Object> captured(int count) {
		Map<String, Object> captured = new LinkedHashMap<>();
		captured.put("area", String.valueOf(area.getName()));
		captured.put("alarms", count);
		captured.put("windowMinutes", window.toMinutes());
		return captured;
	}

	static Map<Signal, List<HysteresisLimit>> limitsIn(Iterable<Signal> signals) {
		Map<Signal, List<HysteresisLimit>> limits = new HashMap<>();
		for (Signal signal : signals) {
			List<HysteresisLimit> own = limitsOf(signal);
			if (!own.isEmpty()) {
				limits.put(signal, own);
			}
		}
		return limits;
	}
}
