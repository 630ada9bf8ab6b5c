// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.twinworks.commissioning.plan.PlantElements;
import org.twinworks.commissioning.plan.StepAction;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.live.WriteResult;
import org.twinworks.model.ControlAction;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Signal;

/**
 * The loop check: the loop in manual, its output stepped through the check's points by guarded writes; per step the
 * final element's feedback (judged against the step's tolerance) and the measurement are recorded once settled, with
 * a short trace while they move; then whether the measurement moved the way the loop's action says. Runs the steps of
 * one phase (as-found first; as-left when the engineer asks for it after an adjustment).
 */
final class LoopCheckRun {
	private static final int TRACE_SAMPLES = 4;
	private static final Duration TRACE_INTERVAL = Duration.ofMillis(250);

	private final StepContext ctx;

	LoopCheckRun(StepContext ctx) {
		this.ctx = ctx;
	}

	void run(Check check, ControlLoop loop) throws IOException, InterruptedException, CancelledRun, StepBlocked {
		Signal output = loop.getOutput();
		Signal feedback = PlantElements.feedbackOf(output);
		Signal observed = feedback == null ? output : feedback;
		Signal measured = loop.getMeasuredValue();
		Map<Double, Double> measurements = new HashMap<>();
		try (MachineRunning machine = MachineRunning.around(ctx, check, output);
				LoopManual manual = LoopManual.enter(ctx, check, loop, output)) {
			for (Step step : check.getSteps()) {
				if (step.getVerdict() != Verdict.PENDING) {
					continue;
				}
				StepAction action = StepAction.of(step.getAction());
				if (action == StepAction.LOOP_STEP) {
					double fraction = StepAction.fractionOf(step.getAction(), 0);
					Double measurement = step(check, step, output, observed, measured, fraction);
					if (measurement != null) {
						measurements.put(fraction, measurement);
					}
				} else if (action == StepAction.LOOP_ACTION) {
					judgeAction(check, step, loop, measured, measurements);
				}
			}
		}
	}

	private Double step(Check check, Step step, Signal output, Signal observed, Signal measured, double fraction)
			throws IOException, InterruptedException, CancelledRun, StepBlocked {
		double target = Judge.at(output, fraction);
		WriteResult result = ctx.write(output, target);
		ctx.observe(check, step, output, "output", null);
		if (!result.isOk()) {
			ctx.verdict(step, Verdict.FAIL, null,
					"the write of " + Judge.number(target) + " to " + output.getTag() + " failed: " + result.detail());
			return null;
		}
		for (int i = 0; i < TRACE_SAMPLES; i++) {
			Thread.sleep(TRACE_INTERVAL.toMillis());
			ctx.control.checkpoint();
			ctx.observe(check, step, observed, "trace", null);
		}
		double expected = Judge.at(observed, fraction);
		double tolerance = Judge.tolerance(step, check.getTolerance(), observed);
		PlantView.Settled feedback = ctx.view.settleTowards(observed, ctx.options.settleBand(), ctx.options.quiet(),
				ctx.options.stepTimeout(), v -> IoCheckRun.within(v, expected, tolerance));
		PlantView.Settled measurement = ctx.view.settle(measured, ctx.options.settleBand() * 2, ctx.options.quiet(),
				ctx.options.stepTimeout());
		ctx.observe(check, step, observed, "feedback", feedback.value());
		ctx.observe(check, step, measured, "measurement", measurement.value());
		if (IoCheckRun.within(feedback.value(), expected, tolerance)) {
			ctx.verdict(step, Verdict.PASS, Judge.show(feedback.value()), null);
		} else {
			ctx.verdict(step, Verdict.FAIL, Judge.show(feedback.value()),
					observed.getTag() + " at " + Judge.show(feedback.value()) + " for an output of "
							+ Judge.number(target) + ": expected " + Judge.number(expected) + " ± "
							+ Judge.number(tolerance)
							+ (feedback.settled()
									? ""
									: " (not settled within " + ctx.options.stepTimeout().toSeconds() + " s)"));
		}
		return PlantView.number(measurement.value());
	}

	private void judgeAction(Check check, Step step, ControlLoop loop, Signal measured,
			Map<Double, Double> measurements) throws IOException {
		ctx.observe(check, step, measured, "measurement", null);
		Double low = measurements.get(0.0);
		Double high = measurements.get(1.0);
		if (low == null || high == null) {
			ctx.verdict(step, Verdict.FAIL, null, "no settled measurement at 0 % and 100 % of the output to compare");
			return;
		}
		double change = high - low;
		double least = 0.01 * PlantView.span(measured);
		boolean rises = change >= least;
		boolean falls = change <= -least;
		boolean expectedRise = loop.getAction() == ControlAction.REVERSE;
		String observed = measured.getTag() + " " + Judge.number(low) + " → " + Judge.number(high);
		if (expectedRise ? rises : falls) {
			ctx.verdict(step, Verdict.PASS, observed, null);
		} else {
			ctx.verdict(step, Verdict.FAIL, observed,
					rises || falls
							? "the measurement moved against the " + loop.getAction().getLiteral().toLowerCase()
									+ " action the model gives"
							: "the measurement did not move with the output");
		}
	}
}
