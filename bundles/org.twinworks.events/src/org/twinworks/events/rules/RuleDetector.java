// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.rules;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinworks.events.Detector;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventSink;
import org.twinworks.events.NumberValue;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.model.rules.expr.Expr;
import org.twinworks.model.rules.expr.ExpressionException;
import org.twinworks.model.rules.expr.ExpressionParser;
import org.twinworks.model.rules.expr.SignalLookup;

/**
 * One rule on one equipment. The condition is evaluated on every value of a signal it names; from the first time it
 * is true ("true since"), it must stay true for the rule's duration: the frame opens at true-since plus the duration
 * (its start time is exactly that), on the first value or engine tick at or after it. The frame closes at the time
 * of the value or tick on which the end condition is true, or, without an end condition, the condition is false.
 * After an end condition closed a frame, the condition must turn false before the rule can open another. The values
 * of the watched signals are captured (by tag) at both ends.
 */
public final class RuleDetector implements Detector {

	private final RuleDefinition rule;
	private final Equipment equipment;
	private final Condition condition;
	private final @Nullable Condition endCondition;
	private final Map<Signal, SignalState> states;
	/** The states in the order of {@link #watched()}. */
	private final SignalState[] byPosition;
	private final Set<Signal> watched;
	private final String message;
	private final long forNanos;

	/** When the condition turned true, nanoseconds since the epoch; {@link #NEVER} when it is not. */
	private long trueSince = NEVER;
	private static final long NEVER = Long.MIN_VALUE;
	private boolean conditionTrue;
	private boolean armed = true;
	private @Nullable EventFrame frame;

	private RuleDetector(RuleDefinition rule, Equipment equipment, Condition condition,
			@Nullable Condition endCondition, Map<Signal, SignalState> states) {
		this.rule = rule;
		this.equipment = equipment;
		this.condition = condition;
		this.endCondition = endCondition;
		this.states = states;
		this.watched = Collections.unmodifiableSet(states.keySet());
		this.byPosition = states.values().toArray(SignalState[]::new);
		this.forNanos = rule.forDuration().toNanos();
		String what = rule.description().isBlank() ? rule.condition() : rule.description();
		this.message = rule.name() + " on " + ModelPaths.label(equipment) + ": " + what;
	}

	/** Sets {@code rule} up on {@code equipment}, its signals found as {@link SignalLookup} says. */
	public static RuleDetector create(RuleDefinition rule, Equipment equipment, SignalLookup lookup)
			throws RuleException {
		Map<Signal, SignalState> states = new LinkedHashMap<>();
		Condition condition = compile(rule, equipment, lookup, rule.condition(), false, states);
		Condition end = rule.endCondition() == null
				? null
				: compile(rule, equipment, lookup, rule.endCondition(), true, states);
		return new RuleDetector(rule, equipment, condition, end, states);
	}

	private static Condition compile(RuleDefinition rule, Equipment equipment, SignalLookup lookup, String text,
			boolean isEnd, Map<Signal, SignalState> states) throws RuleException {
		String where = ModelPaths.label(equipment);
		Expr expr;
		try {
			expr = ExpressionParser.parse(text);
		} catch (ExpressionException e) {
			throw new RuleException(rule.name(), where, isEnd, text, e.column(), e.problem());
		}
		Map<Expr.SignalRef, SignalState> resolved = new LinkedHashMap<>();
		for (Expr.SignalRef ref : expr.references()) {
			Signal signal = lookup.find(equipment, ref.name());
			if (signal == null) {
				throw new RuleException(rule.name(), where, isEnd, text, ref.column(),
						ref.name() + " is no signal of " + where);
			}
			resolved.put(ref, states.computeIfAbsent(signal, SignalState::new));
		}
		return Condition.compile(expr, resolved::get);
	}

	public RuleDefinition rule() {
		return rule;
	}

	public Equipment equipment() {
		return equipment;
	}

	/** The frame this rule has open, if any. */
	public @Nullable EventFrame openFrame() {
		return frame;
	}

	@Override
	public Set<Signal> watched() {
		return watched;
	}

	@Override
	public void onValue(Signal signal, SignalValue value, Instant time, EventSink sink) {
		SignalState state = states.get(signal);
		if (state == null) {
			return;
		}
		long nanos = nanos(time);
		state.update(value, nanos);
		conditionTrue = condition.test();
		step(nanos, time, sink);
	}

	@Override
	public void onNumber(int watchedIndex, NumberValue value, EventSink sink) {
		byPosition[watchedIndex].update(value);
		conditionTrue = condition.test();
		step(value.timeNanos(), null, sink);
	}

	@Override
	public void onTime(Instant now, EventSink sink) {
		step(nanos(now), now, sink);
	}

	/**
	 * A tick matters only while the condition holds and the frame waits for the duration to end, or when an open
	 * frame's end is already true (a frame that opened on a tick ends on the next).
	 */
	@Override
	public long nextTick() {
		if (frame != null) {
			boolean ends = endCondition != null ? endCondition.test() : !conditionTrue;
			return ends ? EVERY_TICK : NO_TICK;
		}
		return conditionTrue && armed && trueSince != NEVER ? trueSince + forNanos : NO_TICK;
	}

	/** One step at {@code now} (nanoseconds; {@code nowInstant} the same instant when the caller has it). */
	private void step(long now, @Nullable Instant nowInstant, EventSink sink) {
		EventFrame open = frame;
		if (open != null) {
			boolean ends = endCondition != null ? endCondition.test() : !conditionTrue;
			if (ends) {
				sink.close(open, nowInstant != null ? nowInstant : instant(now), captured());
				frame = null;
				trueSince = NEVER;
				armed = endCondition == null || !conditionTrue;
			}
			return;
		}
		if (!conditionTrue) {
			trueSince = NEVER;
			armed = true;
			return;
		}
		if (!armed) {
			return;
		}
		if (trueSince == NEVER) {
			trueSince = now;
		}
		long opensAt = trueSince + forNanos;
		if (now >= opensAt) {
			frame = sink.open(rule.name(), rule.severity(), equipment, message, instant(opensAt), captured());
		}
	}

	private static long nanos(Instant time) {
		return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000_000L), time.getNano());
	}

	private static Instant instant(long nanos) {
		return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
	}

	private Map<String, Object> captured() {
		Map<String, Object> values = new LinkedHashMap<>();
		for (Map.Entry<Signal, SignalState> entry : states.entrySet()) {
			Object value = entry.getValue().value();
			if (value != null) {
				values.put(ModelPaths.label(entry.getKey()), value);
			}
		}
		return values;
	}
}
