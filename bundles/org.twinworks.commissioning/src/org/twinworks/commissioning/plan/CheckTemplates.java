// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.plan;

import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.CommissioningFactory;
import org.twinworks.commissioning.record.Phase;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.model.Access;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Binding;
import org.twinworks.model.ControlAction;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Equipment;
import org.twinworks.model.Interlock;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDirection;

/**
 * The checks a plant element calls for, with their steps, after the practice of loop-check sheets (IEC 62382): cold
 * and hot I/O checks, loop steps at 0/25/50/75/100 % with as-found values, alarm trip and reset, interlock trip and
 * reset, NAMUR NE 43 out-of-range. Each check keeps a fingerprint of what it was generated from.
 */
final class CheckTemplates {
	static final double[] LOOP_STEPS = {0, 0.25, 0.5, 0.75, 1};
	static final double[] OUTPUT_STEPS = {0, 0.5, 1};
	/** Pass tolerance as a fraction of span when the check does not say (a common site default for analog loops). */
	static final double DEFAULT_TOLERANCE = 0.01;
	/** The change a stimulated input must show, as a fraction of span. */
	static final double STIMULUS_FRACTION = 0.1;

	private static final CommissioningFactory F = CommissioningFactory.eINSTANCE;

	private CheckTemplates() {
	}

	static Check io(Signal signal, Binding binding, boolean loopOutput) {
		Check check = check(CheckKind.IO, signal, signal.getTag(), "I/O check " + signal.getTag() + describe(signal));
		check.setSubjectFingerprint(fingerprint(signal) + "|" + binding.getNodeId() + "|"
				+ (binding.getEndpoint() == null ? "" : binding.getEndpoint().getUrl()));
		step(check, StepAction.COLD.code(), Phase.COLD, "Binding and node as modelled", false,
				"node " + binding.getNodeId() + ": " + signal.getDataType().getLiteral() + rangeText(signal)
						+ ", access " + signal.getAccess().getLiteral());
		if (isFieldOutput(signal, loopOutput)) {
			if (PlantElements.isRanged(signal)) {
				for (double fraction : OUTPUT_STEPS) {
					double value = at(signal, fraction);
					step(check, StepAction.WRITE.with(fraction), Phase.HOT, percent(fraction) + " of range", false,
							number(value) + unit(signal)).setTolerance(DEFAULT_TOLERANCE * span(signal));
				}
			} else if (PlantElements.isBoolean(signal)) {
				step(check, StepAction.WRITE.with(1), Phase.HOT, "Command on", false, "true");
				step(check, StepAction.WRITE.with(0), Phase.HOT, "Command off", false, "false");
			}
		} else {
			step(check, StepAction.GOOD_IN_RANGE.code(), Phase.HOT, "Good value inside the range", false,
					"Good" + (PlantElements.isRanged(signal) ? ", within" + rangeText(signal) : ""));
			if (signal.getDirection() == SignalDirection.INPUT
					&& (PlantElements.isRanged(signal) || PlantElements.isBoolean(signal))) {
				step(check, StepAction.STIMULATE.code(), Phase.HOT, "Stimulated in the field", true,
						PlantElements.isBoolean(signal)
								? "the state changes"
								: "a change of at least " + percent(STIMULUS_FRACTION) + " of span");
			}
		}
		return check;
	}

	/** An output driven from the field I/O: written during the hot check. Setpoints and modes are not I/O. */
	static boolean isFieldOutput(Signal signal, boolean loopOutput) {
		return signal.getAccess() == Access.READ_WRITE
				&& (signal.getDirection() == SignalDirection.OUTPUT || loopOutput)
				&& !PlantElements.suffixOf(signal.getTag()).equals("SP")
				&& !PlantElements.suffixOf(signal.getTag()).equals("MODE");
	}

	static Check loop(ControlLoop loop) {
		Signal output = loop.getOutput();
		Signal feedback = PlantElements.feedbackOf(output);
		Check check = check(CheckKind.LOOP, loop, loop.getTag(), "Loop check " + loop.getTag()
				+ (loop.getName() == null ? "" : " (" + loop.getName() + ")") + ", " + action(loop) + " action");
		check.setEquipment(loop.getFinalElement() == null ? check.getEquipment() : loop.getFinalElement().getTag());
		check.setSubjectFingerprint(loop.getTag() + "|" + loop.getAction() + "|" + fingerprint(output) + "|"
				+ (feedback == null ? "" : fingerprint(feedback)) + "|" + fingerprint(loop.getMeasuredValue()) + "|"
				+ (loop.getFinalElement() == null ? "" : loop.getFinalElement().getTag()));
		Signal observed = feedback == null ? output : feedback;
		for (double fraction : LOOP_STEPS) {
			step(check, StepAction.LOOP_STEP.with(fraction), Phase.AS_FOUND,
					"Output " + percent(fraction) + ": " + observed.getTag(), false,
					number(at(observed, fraction)) + unit(observed)).setTolerance(DEFAULT_TOLERANCE * span(observed));
		}
		step(check, StepAction.LOOP_ACTION.code(), Phase.AS_FOUND, "Measurement follows the output", false,
				loop.getMeasuredValue().getTag() + (loop.getAction() == ControlAction.REVERSE ? " rises" : " falls")
						+ " as the output rises (" + action(loop) + " action)");
		return check;
	}

	static Check alarm(AlarmLimit limit, Signal signal) {
		String kind = limit.getKind().getLiteral();
		Check check = check(CheckKind.ALARM, limit, signal.getTag(),
				"Alarm check " + signal.getTag() + " " + kind + " at " + number(limit.getValue()) + unit(signal));
		check.setSubjectFingerprint(fingerprint(signal) + "|" + kind + "|" + limit.getValue() + "|"
				+ limit.getHysteresis() + "|" + limit.getPriority());
		double tolerance = PlantElements.isRanged(signal) ? DEFAULT_TOLERANCE * span(signal) : 0;
		step(check, StepAction.ALARM_RAISE.code(), Phase.HOT, "Raised at the limit", true,
				number(limit.getValue()) + unit(signal)).setTolerance(tolerance);
		double reset = rising(limit.getKind())
				? limit.getValue() - limit.getHysteresis()
				: limit.getValue() + limit.getHysteresis();
		step(check, StepAction.ALARM_CLEAR.code(), Phase.HOT, "Cleared past the hysteresis", true,
				number(reset) + unit(signal)).setTolerance(tolerance);
		return check;
	}

	static boolean rising(AlarmKind kind) {
		return kind == AlarmKind.HIGH || kind == AlarmKind.HIGH_HIGH;
	}

	static Check interlock(Interlock interlock) {
		Equipment trips = interlock.getTrips();
		String conditions = interlock.getConditions().stream().map(CheckTemplates::condition)
				.collect(Collectors.joining(interlock.getCombination().getLiteral().equals("ALL") ? " and " : " or "));
		Check check = check(CheckKind.INTERLOCK, interlock, interlock.getTag(), "Interlock check " + interlock.getTag()
				+ ": " + conditions + " → " + interlock.getTripAction().getLiteral() + " " + tagOf(trips));
		check.setEquipment(tagOf(trips));
		check.setSubjectFingerprint(interlock.getTag() + "|" + conditions + "|" + interlock.getCombination() + "|"
				+ interlock.getTripAction() + "|" + tagOf(trips));
		step(check, StepAction.INTERLOCK_TRIP.code(), Phase.HOT, "Condition made true: the trip acts", true,
				interlock.getTripAction().getLiteral() + " " + tagOf(trips) + " within the trip time");
		step(check, StepAction.INTERLOCK_RESET.code(), Phase.HOT, "Condition cleared: reset", true,
				tagOf(trips) + " restarts when commanded");
		return check;
	}

	static Check outOfRange(Signal signal) {
		Check check = check(CheckKind.RANGE, signal, signal.getTag(),
				"Out-of-range check " + signal.getTag() + describe(signal) + " (NAMUR NE 43)");
		check.setSubjectFingerprint(fingerprint(signal));
		step(check, StepAction.RANGE_LOW.code(), Phase.HOT, "Below the range", true,
				"Bad or out of range below " + number(signal.getRangeLow()) + unit(signal));
		step(check, StepAction.RANGE_HIGH.code(), Phase.HOT, "Above the range", true,
				"Bad or out of range above " + number(signal.getRangeHigh()) + unit(signal));
		return check;
	}

	private static String condition(InterlockCondition condition) {
		return tagOf(condition.getSignal()) + " " + switch (condition.getOperator()) {
		case LESS_THAN -> "<";
		case LESS_OR_EQUAL -> "≤";
		case GREATER_THAN -> ">";
		case GREATER_OR_EQUAL -> "≥";
		case EQUAL -> "=";
		case NOT_EQUAL -> "≠";
		} + " " + number(condition.getThreshold());
	}

	private static Check check(CheckKind kind, org.eclipse.emf.ecore.EObject subject, String tag, String title) {
		Check check = F.createCheck();
		String id = PlantElements.idOf(subject);
		check.setId(kind.getLiteral() + "-" + id);
		check.setKind(kind);
		check.setSubject(id);
		check.setTag(tag);
		check.setTitle(title);
		check.setArea(PlantElements.areaOf(subject));
		Equipment owner = PlantElements.equipmentOf(subject);
		check.setEquipment(owner == null ? "" : owner.getTag());
		check.setState(CheckState.NOT_STARTED);
		return check;
	}

	private static Step step(Check check, String action, Phase phase, String name, boolean manual, String expected) {
		Step step = F.createStep();
		step.setAction(action);
		step.setPhase(phase);
		step.setName(name);
		step.setManual(manual);
		step.setExpected(expected);
		step.setVerdict(Verdict.PENDING);
		check.getSteps().add(step);
		return step;
	}

	/** What a check of the signal depends on: a change of any of it makes the check obsolete. */
	static String fingerprint(Signal signal) {
		return signal.getTag() + "|" + signal.getDirection() + "|" + signal.getDataType() + "|" + signal.getAccess()
				+ "|" + signal.getRangeLow() + "|" + signal.getRangeHigh() + "|"
				+ (signal.getUnit() == null ? "" : signal.getUnit().getCode());
	}

	static double at(Signal signal, double fraction) {
		if (!PlantElements.isRanged(signal)) {
			return fraction;
		}
		return signal.getRangeLow() + fraction * span(signal);
	}

	static double span(Signal signal) {
		return PlantElements.isRanged(signal) ? signal.getRangeHigh() - signal.getRangeLow() : 1;
	}

	private static String describe(Signal signal) {
		return " (" + signal.getDirection().getLiteral().toLowerCase(Locale.ROOT) + rangeText(signal) + ")";
	}

	private static String rangeText(Signal signal) {
		return PlantElements.isRanged(signal)
				? " " + number(signal.getRangeLow()) + "–" + number(signal.getRangeHigh()) + unit(signal)
				: "";
	}

	private static String unit(Signal signal) {
		return signal.getUnit() == null || signal.getUnit().getSymbol() == null
				? ""
				: " " + signal.getUnit().getSymbol();
	}

	private static String action(ControlLoop loop) {
		return loop.getAction().getLiteral().toLowerCase(Locale.ROOT);
	}

	private static String tagOf(@Nullable Object element) {
		if (element instanceof Equipment equipment) {
			return equipment.getTag();
		}
		return element instanceof Signal signal ? signal.getTag() : "(none)";
	}

	static String percent(double fraction) {
		return String.format(Locale.ROOT, "%.0f %%", fraction * 100);
	}

	static String number(@Nullable Double value) {
		if (value == null) {
			return "?";
		}
		return value == Math.rint(value) && Math.abs(value) < 1e15
				? String.valueOf(value.longValue())
				: String.format(Locale.ROOT, "%.4g", value);
	}
}
