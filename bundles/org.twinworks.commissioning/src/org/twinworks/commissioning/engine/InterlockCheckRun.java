// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.plan.PlantElements;
import org.twinworks.commissioning.plan.StepAction;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.live.SignalValue;
import org.twinworks.live.WriteResult;
import org.twinworks.model.ConditionCombination;
import org.twinworks.model.Equipment;
import org.twinworks.model.Interlock;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.Signal;
import org.twinworks.model.TripAction;

/**
 * The functional test of an interlock: the tripped equipment is brought to the state the trip must end (started for a
 * STOP), the condition is made true by the stimulus, and the trip must act within the trip time; then the condition
 * is cleared and the equipment restarted (the reset), and everything is given back as found.
 */
final class InterlockCheckRun {
	private static final double MARGIN = 0.05;

	private final StepContext ctx;

	InterlockCheckRun(StepContext ctx) {
		this.ctx = ctx;
	}

	void run(Check check, Interlock interlock) throws IOException, InterruptedException, CancelledRun, StepBlocked {
		Step trip = find(check, StepAction.INTERLOCK_TRIP);
		Step reset = find(check, StepAction.INTERLOCK_RESET);
		if (!ctx.canStimulate()) {
			for (Step step : check.getSteps()) {
				if (step.getVerdict() == Verdict.PENDING) {
					ctx.verdict(step, Verdict.PENDING, null,
							"done in the field: make the condition true and watch the trip");
				}
			}
			return;
		}
		Equipment trips = interlock.getTrips();
		Signal command = commandOf(trips);
		Signal feedback = command == null ? null : PlantElements.feedbackOf(command);
		if (command == null || feedback == null || trip == null || reset == null) {
			throw new StepBlocked(trips.getTag() + " has no run command with a feedback (CMD and RUN) to trip");
		}
		boolean tripTo = interlock.getTripAction() == TripAction.START || interlock.getTripAction() == TripAction.OPEN;
		Object commandBefore = ctx.latest(command).map(SignalValue::value).orElse(null);
		List<InterlockCondition> made = conditionsToForce(interlock);
		try {
			if (!set(command, feedback, !tripTo)) {
				throw new StepBlocked("could not bring " + trips.getTag() + " to " + (tripTo ? "stopped" : "running")
						+ " before the trip: " + feedback.getTag() + " shows "
						+ Judge.show(ctx.latest(feedback).orElse(null)));
			}
			ctx.observe(check, trip, feedback, "before", null);
			for (InterlockCondition condition : made) {
				ctx.force(condition.getSignal(), tripping(condition));
				ctx.observe(check, trip, condition.getSignal(), "condition", null);
			}
			Optional<SignalValue> acted = ctx.view.await(feedback, v -> PlantView.isOn(v) == tripTo,
					ctx.options.tripTime());
			ctx.observe(check, trip, feedback, "after", acted.orElse(null));
			if (acted.isPresent()) {
				ctx.verdict(trip, Verdict.PASS, Judge.show(acted.get()), interlock.getTripAction().getLiteral() + " "
						+ trips.getTag() + " within " + ctx.options.tripTime().toSeconds() + " s");
			} else {
				ctx.verdict(trip, Verdict.FAIL, Judge.show(ctx.latest(feedback).orElse(null)),
						"the trip did not act: " + feedback.getTag() + " still shows "
								+ Judge.show(ctx.latest(feedback).orElse(null)) + " "
								+ ctx.options.tripTime().toSeconds() + " s after the condition became true");
			}
			for (InterlockCondition condition : made) {
				ctx.force(condition.getSignal(), healthy(condition));
			}
			boolean restarted = set(command, feedback, !tripTo);
			ctx.observe(check, reset, feedback, "after reset", null);
			ctx.verdict(reset, restarted ? Verdict.PASS : Verdict.FAIL, Judge.show(ctx.latest(feedback).orElse(null)),
					restarted ? null : trips.getTag() + " did not restart after the condition cleared");
		} finally {
			for (InterlockCondition condition : made) {
				ctx.release(condition.getSignal());
			}
			ctx.restore(check, command, commandBefore);
		}
	}

	private boolean set(Signal command, Signal feedback, boolean on)
			throws IOException, StepBlocked, InterruptedException, CancelledRun {
		WriteResult result = ctx.write(command, on);
		if (!result.isOk()) {
			return false;
		}
		return ctx.view.await(feedback, v -> PlantView.isOn(v) == on, ctx.options.stepTimeout()).isPresent();
	}

	/** ANY: the first condition is enough; ALL: every one. */
	private static List<InterlockCondition> conditionsToForce(Interlock interlock) {
		List<InterlockCondition> all = new ArrayList<>(interlock.getConditions());
		return interlock.getCombination() == ConditionCombination.ALL ? all : all.subList(0, 1);
	}

	private static double tripping(InterlockCondition condition) {
		double margin = MARGIN * PlantView.span(condition.getSignal());
		return switch (condition.getOperator()) {
		case LESS_THAN, LESS_OR_EQUAL -> condition.getThreshold() - margin;
		case GREATER_THAN, GREATER_OR_EQUAL -> condition.getThreshold() + margin;
		case EQUAL -> condition.getThreshold();
		case NOT_EQUAL -> condition.getThreshold() + margin;
		};
	}

	private static double healthy(InterlockCondition condition) {
		Signal signal = condition.getSignal();
		double span = PlantView.span(signal);
		double low = PlantElements.isRanged(signal) ? signal.getRangeLow() : 0;
		return switch (condition.getOperator()) {
		case LESS_THAN, LESS_OR_EQUAL -> Math.max(condition.getThreshold() + 4 * MARGIN * span, low + span / 2);
		case GREATER_THAN, GREATER_OR_EQUAL -> Math.min(condition.getThreshold() - 4 * MARGIN * span, low + span / 2);
		case EQUAL -> condition.getThreshold() + 4 * MARGIN * span;
		case NOT_EQUAL -> condition.getThreshold();
		};
	}

	/** The run command of the tripped equipment or of the machine inside it (a pump's motor). */
	static @Nullable Signal commandOf(Equipment equipment) {
		Signal own = PlantElements.sibling(equipment, "CMD");
		if (own != null) {
			return own;
		}
		for (Equipment child : equipment.getEquipment()) {
			Signal inner = commandOf(child);
			if (inner != null) {
				return inner;
			}
		}
		return null;
	}

	private static @Nullable Step find(Check check, StepAction action) {
		return check.getSteps().stream().filter(s -> StepAction.of(s.getAction()) == action).findFirst().orElse(null);
	}
}
