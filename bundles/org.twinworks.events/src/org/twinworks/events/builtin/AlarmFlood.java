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
import org.twinworks.events.NumberValue;
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
	/** The limits in the order of {@link #watched()}. */
	private final List<HysteresisLimit>[] byPosition;
	/**
	 * In the order of {@link #watched()}: whether any of the signal's limits is active, and the range strictly
	 * between its highest low limit and its lowest high limit, where a value activates none. A value there while
	 * none is active changes nothing, so it is let through after two array reads.
	 */
	private final boolean[] anyActive;
	private final double[] quietAbove;
	private final double[] quietBelow;
	private final int floodAbove;
	private final int floodEndsBelow;
	private final Duration window;
	private final SlidingCount annunciated;
	private @Nullable EventFrame frame;

	AlarmFlood(Area area, Map<Signal, List<HysteresisLimit>> limits, int floodAbove, int floodEndsBelow,
			Duration window) {
		this.area = area;
		this.limits = Map.copyOf(limits);
		@SuppressWarnings("unchecked")
		List<HysteresisLimit>[] positions = new List[this.limits.size()];
		int i = 0;
		for (Signal signal : this.limits.keySet()) {
			positions[i++] = this.limits.get(signal);
		}
		this.byPosition = positions;
		this.anyActive = new boolean[positions.length];
		this.quietAbove = new double[positions.length];
		this.quietBelow = new double[positions.length];
		for (int p = 0; p < positions.length; p++) {
			quietAbove[p] = Double.NEGATIVE_INFINITY;
			quietBelow[p] = Double.POSITIVE_INFINITY;
			for (HysteresisLimit limit : positions[p]) {
				if (limit.isHigh()) {
					quietBelow[p] = Math.min(quietBelow[p], limit.limit());
				} else {
					quietAbove[p] = Math.max(quietAbove[p], limit.limit());
				}
			}
		}
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
		accept(signal, ValueStore.plotted(value), time, sink);
	}

	@Override
	public void onNumber(int watchedIndex, NumberValue value, EventSink sink) {
		double x = value.plotted();
		if (!anyActive[watchedIndex]
				&& (Double.isNaN(x) || x > quietAbove[watchedIndex] && x < quietBelow[watchedIndex])) {
			return;
		}
		List<HysteresisLimit> signalLimits = byPosition[watchedIndex];
		update(signalLimits, x, value.time(), sink);
		boolean active = false;
		for (HysteresisLimit limit : signalLimits) {
			active |= limit.isActive();
		}
		anyActive[watchedIndex] = active;
	}

	private void accept(Signal signal, double x, Instant time, EventSink sink) {
		update(limits.getOrDefault(signal, List.of()), x, time, sink);
	}

	private void update(List<HysteresisLimit> signalLimits, double x, Instant time, EventSink sink) {
		boolean added = false;
		for (HysteresisLimit limit : signalLimits) {
			if (limit.update(x)) {
				annunciated.add(time);
				added = true;
			}
		}
		// without a new alarm the count can only fall: no flood can start, only an open one end
		if (added || frame != null) {
			judge(time, sink);
		}
	}

	/** Only an open flood has anything to do on a tick: its count falls as alarms leave the window. */
	@Override
	public long nextTick() {
		return frame != null ? EVERY_TICK : NO_TICK;
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
