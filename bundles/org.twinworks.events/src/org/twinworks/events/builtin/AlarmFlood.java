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
	 * In the order of {@link #watched()}: the open range of values that change none of the signal's limits as they
	 * stand (below every inactive high limit, above every inactive low one, not yet clear of the active ones), so
	 * such a value costs two array reads.
	 */
	private final double[] stableAbove;
	private final double[] stableBelow;
	private final Map<Signal, Integer> positionOf = new HashMap<>();
	/** With a flood open and no new alarm, nothing can change before this data time (nanoseconds): see judge. */
	private long judgeFrom = Long.MIN_VALUE;
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
		this.stableAbove = new double[positions.length];
		this.stableBelow = new double[positions.length];
		i = 0;
		for (Signal signal : this.limits.keySet()) {
			positionOf.put(signal, i);
			stableRange(i++);
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
		if (Double.isNaN(x) || x > stableAbove[watchedIndex] && x < stableBelow[watchedIndex]) {
			if (frame == null || value.timeNanos() < judgeFrom) {
				return;
			}
			judge(value.time(), sink);
			return;
		}
		update(byPosition[watchedIndex], x, value.time(), value.timeNanos(), sink);
		stableRange(watchedIndex);
	}

	private void accept(Signal signal, double x, Instant time, EventSink sink) {
		update(limits.getOrDefault(signal, List.of()), x, time, nanos(time), sink);
		Integer position = positionOf.get(signal);
		if (position != null) {
			stableRange(position);
		}
	}

	private void update(List<HysteresisLimit> signalLimits, double x, Instant time, long nanos, EventSink sink) {
		boolean added = false;
		for (HysteresisLimit limit : signalLimits) {
			if (limit.update(x)) {
				annunciated.add(time);
				added = true;
			}
		}
		// without a new alarm the count can only fall: no flood can start, only an open one end, not before judgeFrom
		if (added || frame != null && nanos >= judgeFrom) {
			judge(time, sink);
		}
	}

	private void stableRange(int position) {
		double above = Double.NEGATIVE_INFINITY;
		double below = Double.POSITIVE_INFINITY;
		for (HysteresisLimit limit : byPosition[position]) {
			if (limit.isHigh() && !limit.isActive()) {
				below = Math.min(below, limit.limit()); // x < limit
			} else if (limit.isHigh()) {
				above = Math.max(above, Math.nextDown(limit.limit() - limit.hysteresis())); // x >= limit - h
			} else if (!limit.isActive()) {
				above = Math.max(above, limit.limit()); // x > limit
			} else {
				below = Math.min(below, Math.nextUp(limit.limit() + limit.hysteresis())); // x <= limit + h
			}
		}
		stableAbove[position] = above;
		stableBelow[position] = below;
	}

	/** Only an open flood has anything to do on a tick, once its count can fall below the end. */
	@Override
	public long nextTick() {
		return frame != null ? judgeFrom : NO_TICK;
	}

	private static long nanos(Instant time) {
		return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000_000L), time.getNano());
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
		// an open flood ends once enough alarms have left the window; without new ones, not before then
		Instant falls = frame == null ? null : annunciated.fallsBelow(floodEndsBelow);
		judgeFrom = falls == null ? Long.MIN_VALUE : nanos(falls);
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
