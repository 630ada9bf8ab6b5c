// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.plan.StepAction;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.live.SignalValue;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Signal;

/**
 * The alarm check of one limit: the stimulus walks the value across the limit in small increments and the alarm, as
 * the model's limit and hysteresis define it, must be raised at the limit (within the tolerance) and cleared only past
 * the hysteresis; the published value and time at trip and at reset are the evidence. A value that does not follow
 * the stimulus (a stuck transmitter) fails the check.
 */
final class AlarmCheckRun {
	private static final int STEPS_PER_TOLERANCE = 2;
	// a value that follows arrives within a publishing interval or two; the margin is for a loaded workstation (3 s
	// failed healthy checks when three builds shared two cores), and only a stuck value waits it out, once
	private static final Duration FOLLOW_TIME = Duration.ofSeconds(8);

	private final StepContext ctx;

	AlarmCheckRun(StepContext ctx) {
		this.ctx = ctx;
	}

	void run(Check check, AlarmLimit limit, Signal signal) throws IOException, InterruptedException, CancelledRun {
		if (!ctx.canStimulate()) {
			for (Step step : check.getSteps()) {
				if (step.getVerdict() == Verdict.PENDING) {
					ctx.verdict(step, Verdict.PENDING, null,
							"done in the field: drive " + signal.getTag() + " across the limit and confirm the alarm");
				}
			}
			return;
		}
		boolean rising = limit.getKind() == AlarmKind.HIGH || limit.getKind() == AlarmKind.HIGH_HIGH;
		double direction = rising ? 1 : -1;
		double span = PlantView.span(signal);
		double tolerance = Math.max(0.01 * span, 1e-9);
		double increment = tolerance / STEPS_PER_TOLERANCE;
		double limitValue = limit.getValue();
		double reset = limitValue - direction * limit.getHysteresis();
		try {
			Step raise = step(check, StepAction.ALARM_RAISE);
			Step clear = step(check, StepAction.ALARM_CLEAR);
			double start = reset - direction * 3 * tolerance;
			if (!drive(signal, start)) {
				fail(check, raise, signal, "the value did not follow the stimulus to " + Judge.number(start));
				fail(check, clear, signal, "not tried: the value did not follow the stimulus");
				return;
			}
			Double tripped = walk(check, raise, signal, start, limitValue + direction * 3 * tolerance,
					direction * increment, v -> rising ? v >= limitValue : v <= limitValue);
			judge(raise, tripped, limitValue, tolerance, "raised");
			if (tripped == null) {
				fail(check, clear, signal, "not tried: the alarm was never raised");
				return;
			}
			Double cleared = walk(check, clear, signal, tripped, reset - direction * 3 * tolerance,
					-direction * increment, v -> rising ? v <= reset : v >= reset);
			judge(clear, cleared, reset, tolerance, "cleared");
		} finally {
			ctx.release(signal);
		}
	}

	private @Nullable Step step(Check check, StepAction action) {
		return check.getSteps().stream().filter(s -> StepAction.of(s.getAction()) == action).findFirst().orElse(null);
	}

	/** Walks the forced value from {@code from} towards {@code to}; the published value where the alarm changes. */
	private @Nullable Double walk(Check check, @Nullable Step step, Signal signal, double from, double to,
			double increment, java.util.function.DoublePredicate alarmed)
			throws IOException, InterruptedException, CancelledRun {
		int count = (int) Math.ceil(Math.abs(to - from) / Math.abs(increment));
		for (int i = 1; i <= count; i++) {
			double target = from + i * increment;
			if (!drive(signal, target)) {
				if (step != null) {
					ctx.observe(check, step, signal, "stuck", null);
				}
				return null;
			}
			SignalValue shown = ctx.latest(signal).orElse(null);
			Double value = PlantView.number(shown);
			if (value != null && alarmed.test(value)) {
				if (step != null) {
					ctx.observe(check, step, signal, "trip", shown);
				}
				return value;
			}
		}
		return null;
	}

	private boolean drive(Signal signal, double target) throws InterruptedException, CancelledRun {
		try {
			ctx.force(signal, target);
		} catch (StepBlocked e) {
			return false;
		}
		// a target within the deadband of the shown value is not reported, and needs not be: it is already shown
		double close = Math.max(1e-6 * PlantView.span(signal), 1e-9)
				+ PlantView.unreported(ctx.binding(signal), signal);
		Optional<SignalValue> followed = ctx.view.await(signal, v -> {
			Double n = PlantView.number(v);
			return n != null && Math.abs(n - target) <= close;
		}, FOLLOW_TIME);
		return followed.isPresent();
	}

	private void judge(@Nullable Step step, @Nullable Double at, double expected, double tolerance, String what) {
		if (step == null) {
			return;
		}
		if (at == null) {
			ctx.verdict(step, Verdict.FAIL, null, "the alarm was not " + what
					+ ": the value did not follow the stimulus " + "or never crossed " + Judge.number(expected));
		} else if (Math.abs(at - expected) <= tolerance + 1e-9) {
			ctx.verdict(step, Verdict.PASS, Judge.number(at), what + " at " + Judge.number(at));
		} else {
			ctx.verdict(step, Verdict.FAIL, Judge.number(at), what + " at " + Judge.number(at) + ", expected "
					+ Judge.number(expected) + " ± " + Judge.number(tolerance));
		}
	}

	private void fail(Check check, @Nullable Step step, Signal signal, String note) throws IOException {
		if (step != null) {
			ctx.observe(check, step, signal, "value", null);
			ctx.verdict(step, Verdict.FAIL, Judge.show(ctx.latest(signal).orElse(null)), note);
		}
	}
}
