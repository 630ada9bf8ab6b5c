// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
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
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueStore;
import org.twinworks.model.ComparisonOperator;
import org.twinworks.model.ConditionCombination;
import org.twinworks.model.Interlock;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.Signal;

/**
 * One interlock watched: when its condition becomes true (its conditions combined ANY or ALL, an unknown value
 * counting as not met), the trip action must be observed on the tripped equipment ({@link TripEvidence}) within
 * the time allowed. Observed: an {@code interlock.trip} frame (MEDIUM) on the tripped equipment, open while the
 * condition holds. Not observed in time: an {@code interlock.trip.failed} frame (CRITICAL: a safety function did
 * not act), closed when the action is observed late or the condition clears.
 */
public final class InterlockTrip implements Detector {
	public static final String TRIP_SOURCE = "interlock.trip";
	public static final String FAILED_SOURCE = "interlock.trip.failed";

	private final Interlock interlock;
	private final List<TripEvidence> evidence;
	private final Duration allowed;
	private final Map<Signal, Double> values = new HashMap<>();
	private boolean conditionTrue;
	private @Nullable Instant conditionSince;
	private @Nullable EventFrame tripFrame;
	private @Nullable EventFrame failedFrame;

	InterlockTrip(Interlock interlock, List<TripEvidence> evidence, Duration allowed) {
		this.interlock = interlock;
		this.evidence = List.copyOf(evidence);
		this.allowed = allowed;
	}

	/** How long the conditions may hold without the trip showing before {@code interlock.trip.failed} opens. */
	public Duration allowed() {
		return allowed;
	}

	public Interlock interlock() {
		return interlock;
	}

	@Override
	public Set<Signal> watched() {
		Set<Signal> watched = new HashSet<>();
		interlock.getConditions().forEach(c -> watched.add(c.getSignal()));
		evidence.forEach(e -> watched.add(e.signal()));
		return watched;
	}

	@Override
	public void onValue(Signal signal, SignalValue value, Instant time, EventSink sink) {
		accept(signal, ValueStore.plotted(value), time, sink);
	}

	@Override
	public void onNumber(int watchedIndex, NumberValue value, EventSink sink) {
		accept(value.signal(), value.plotted(), value.time(), sink);
	}

	private void accept(Signal signal, double x, Instant time, EventSink sink) {
		values.put(signal, x);
		boolean now = conditionHolds();
		if (now && !conditionTrue) {
			conditionSince = time;
		}
		if (!now && conditionTrue) {
			cleared(time, sink);
		}
		conditionTrue = now;
		judge(time, sink);
	}

	@Override
	public void onTime(Instant now, EventSink sink) {
		judge(now, sink);
	}

	private void judge(Instant now, EventSink sink) {
		if (!conditionTrue || conditionSince == null) {
			return;
		}
		boolean observed = evidence.stream().allMatch(e -> e.shows(values.getOrDefault(e.signal(), Double.NaN)));
		if (observed) {
			if (failedFrame != null) {
				sink.close(failedFrame, now, captured(now));
				failedFrame = null;
			}
			if (tripFrame == null) {
				tripFrame = sink.open(
						TRIP_SOURCE, Severity.MEDIUM, interlock.getTrips(), interlock.getTag() + " tripped "
								+ interlock.getTrips().getTag() + ": " + interlock.getTripAction().getName(),
						now, captured(now));
			}
		} else if (failedFrame == null && tripFrame == null
				&& Duration.between(conditionSince, now).compareTo(allowed) >= 0) {
			failedFrame = sink.open(FAILED_SOURCE, Severity.CRITICAL, interlock.getTrips(),
					interlock.getTag() + " did not trip " + interlock.getTrips().getTag() + " ("
							+ interlock.getTripAction().getName() + ") within " + allowed.toMillis() / 1000.0 + " s",
					now, captured(now));
		}
	}

	private void cleared(Instant at, EventSink sink) {
		if (tripFrame != null) {
			sink.close(tripFrame, at, captured(at));
			tripFrame = null;
		}
		if (failedFrame != null) {
			sink.close(failedFrame, at, captured(at));
			failedFrame = null;
		}
		conditionSince = null;
	}

	private boolean conditionHolds() {
		boolean all = interlock.getCombination() == ConditionCombination.ALL;
		for (InterlockCondition condition : interlock.getConditions()) {
			boolean met = met(condition, values.getOrDefault(condition.getSignal(), Double.NaN));
			if (all && !met) {
				return false;
			}
			if (!all && met) {
				return true;
			}
		}
		return all && !interlock.getConditions().isEmpty();
	}

	private static boolean met(InterlockCondition condition, double x) {
		if (Double.isNaN(x)) {
			return false;
		}
		double t = condition.getThreshold();
		ComparisonOperator operator = condition.getOperator();
		return switch (operator) {
		case LESS_THAN -> x < t;
		case LESS_OR_EQUAL -> x <= t;
		case GREATER_THAN -> x > t;
		case GREATER_OR_EQUAL -> x >= t;
		case EQUAL -> x == t;
		case NOT_EQUAL -> x != t;
		};
	}

	private Map<String, Object> captured(Instant now) {
		Map<String, Object> captured = new LinkedHashMap<>();
		values.forEach((signal, x) -> captured.put(SignalRoles.label(signal), x));
		if (conditionSince != null) {
			captured.put("conditionSince", conditionSince.toString());
			captured.put("responseMillis", Duration.between(conditionSince, now).toMillis());
		}
		return captured;
	}
}
