// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.plan.PlantElements;
import org.twinworks.commissioning.plan.StepAction;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.live.Mismatch;
import org.twinworks.live.SignalValue;
import org.twinworks.live.WriteResult;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Signal;

/**
 * The I/O check of one bound signal. Cold: the node matches the model. Hot, inputs: a Good value inside the range,
 * then a stimulated change of at least a tenth of the span. Hot, outputs: guarded writes of 0/50/100 % (on/off for
 * commands) and the feedback follows within its tolerance; the output and its loop's mode are given back as found.
 */
final class IoCheckRun {
	private static final double STIMULUS_CHANGE = 0.1;

	private final StepContext ctx;
	private final List<Mismatch> mismatches;
	private final @Nullable ControlLoop loop;

	IoCheckRun(StepContext ctx, List<Mismatch> mismatches, @Nullable ControlLoop loop) {
		this.ctx = ctx;
		this.mismatches = mismatches;
		this.loop = loop;
	}

	void run(Check check, Signal signal) throws IOException, InterruptedException, CancelledRun {
		LoopManual manual = null;
		MachineRunning machine = null;
		try {
			for (Step step : check.getSteps()) {
				if (step.getVerdict() != Verdict.PENDING) {
					continue;
				}
				StepAction action = StepAction.of(step.getAction());
				if (action == null) {
					continue;
				}
				try {
					switch (action) {
					case COLD -> cold(check, step, signal);
					case GOOD_IN_RANGE -> goodInRange(check, step, signal);
					case STIMULATE -> stimulate(check, step, signal);
					case WRITE -> {
						if (manual == null) {
							machine = MachineRunning.around(ctx, check, signal);
							manual = loop != null
									? LoopManual.enter(ctx, check, loop, signal)
									: LoopManual.none(ctx, check, signal);
						}
						write(check, step, signal, StepAction.fractionOf(step.getAction(), 0));
					}
					default -> {
					}
					}
				} catch (StepBlocked blocked) {
					ctx.verdict(step, Verdict.PENDING, null, blocked.getMessage());
				}
			}
		} finally {
			if (manual != null) {
				manual.close();
			}
			if (machine != null) {
				machine.close();
			}
		}
	}

	private void cold(Check check, Step step, Signal signal) throws IOException {
		ctx.observe(check, step, signal, "value", null);
		if (mismatches.isEmpty()) {
			ctx.verdict(step, Verdict.PASS, "as modelled", null);
		} else {
			String found = mismatches.stream().map(Mismatch::toString).collect(Collectors.joining("; "));
			ctx.verdict(step, Verdict.FAIL, "differs from the model", found);
		}
	}

	private void goodInRange(Check check, Step step, Signal signal)
			throws IOException, InterruptedException, CancelledRun {
		Duration wait = min(ctx.options.stepTimeout(), Duration.ofSeconds(10));
		Optional<SignalValue> good = ctx.view.await(signal, v -> v.isGood() && Judge.inRange(signal, v), wait);
		if (good.isPresent()) {
			// one good sample is not a healthy signal: it must still be good a moment later
			Thread.sleep(ctx.options.quiet().toMillis());
			ctx.control.checkpoint();
			SignalValue later = ctx.latest(signal).orElse(null);
			if (later == null || !later.isGood() || !Judge.inRange(signal, later)) {
				ctx.observe(check, step, signal, "value", good.get());
				good = Optional.empty();
			}
		}
		SignalValue shown = good.orElseGet(() -> ctx.latest(signal).orElse(null));
		ctx.observe(check, step, signal, "value", shown);
		if (good.isPresent()) {
			ctx.verdict(step, Verdict.PASS, Judge.show(shown), null);
		} else if (shown == null) {
			ctx.verdict(step, Verdict.FAIL, "no value", "no value received within " + wait.toSeconds() + " s");
		} else if (!shown.isGood()) {
			ctx.verdict(step, Verdict.FAIL, Judge.show(shown), "the value is not Good: " + shown.status());
		} else {
			ctx.verdict(step, Verdict.FAIL, Judge.show(shown), "the value is outside the range");
		}
	}

	private void stimulate(Check check, Step step, Signal signal)
			throws IOException, InterruptedException, CancelledRun, StepBlocked {
		if (!ctx.canStimulate()) {
			ctx.verdict(step, Verdict.PENDING, null, "done in the field: stimulate the input and confirm the change");
			return;
		}
		SignalValue before = ctx.latest(signal).orElse(null);
		Double start = PlantView.number(before);
		if (start == null || before == null || !before.isGood()) {
			ctx.observe(check, step, signal, "before", before);
			ctx.verdict(step, Verdict.FAIL, Judge.show(before), "no Good value to start the stimulus from");
			return;
		}
		ctx.observe(check, step, signal, "before", before);
		double span = PlantView.span(signal);
		double target;
		if (PlantElements.isBoolean(signal)) {
			target = start > 0.5 ? 0 : 1;
		} else {
			double low = PlantElements.isRanged(signal) ? signal.getRangeLow() : 0;
			target = start < low + span / 2 ? low + 0.75 * span : low + 0.25 * span;
		}
		double needed = PlantElements.isBoolean(signal) ? 0.5 : STIMULUS_CHANGE * span;
		ctx.force(signal, target);
		try {
			Optional<SignalValue> moved = ctx.view.await(signal, v -> {
				Double n = PlantView.number(v);
				return n != null && Math.abs(n - start) >= needed;
			}, ctx.options.stepTimeout());
			SignalValue after = moved.orElseGet(() -> ctx.latest(signal).orElse(null));
			ctx.observe(check, step, signal, "after", after);
			if (moved.isPresent()) {
				ctx.verdict(step, Verdict.PASS, Judge.show(after), "changed from " + Judge.number(start));
			} else {
				ctx.verdict(step, Verdict.FAIL, Judge.show(after),
						"no change of at least " + Judge.number(needed) + " within "
								+ ctx.options.stepTimeout().toSeconds() + " s of the stimulus (" + Judge.number(target)
								+ "): the value stayed at " + Judge.show(after));
			}
		} finally {
			ctx.release(signal);
		}
	}

	/** A good value within the tolerance of the expected one. */
	static boolean within(@Nullable SignalValue value, double expected, double tolerance) {
		Double actual = PlantView.number(value);
		return actual != null && value.isGood() && Math.abs(actual - expected) <= tolerance + 1e-9;
	}

	private void write(Check check, Step step, Signal signal, double fraction)
			throws IOException, InterruptedException, CancelledRun, StepBlocked {
		Object value = PlantElements.isBoolean(signal)
				? (Object) (fraction > 0.5)
				: (Object) Judge.at(signal, fraction);
		WriteResult result = ctx.write(signal, value);
		ctx.observe(check, step, signal, "output", null);
		if (!result.isOk()) {
			ctx.verdict(step, Verdict.FAIL, null,
					"the write of " + value + " " + result.outcome().name().toLowerCase() + ": " + result.detail());
			return;
		}
		Signal feedback = PlantElements.feedbackOf(signal);
		Signal observed = feedback == null ? signal : feedback;
		double expected = PlantElements.isBoolean(observed) ? (fraction > 0.5 ? 1 : 0) : Judge.at(observed, fraction);
		double tolerance = Judge.tolerance(step, check.getTolerance(), observed);
		PlantView.Settled settled = ctx.view.settleTowards(observed, ctx.options.settleBand(), ctx.options.quiet(),
				ctx.options.stepTimeout(), v -> within(v, expected, tolerance));
		ctx.observe(check, step, observed, feedback == null ? "read-back" : "feedback", settled.value());
		if (within(settled.value(), expected, tolerance)) {
			ctx.verdict(step, Verdict.PASS, Judge.show(settled.value()), null);
		} else {
			ctx.verdict(step, Verdict.FAIL, Judge.show(settled.value()),
					observed.getTag() + " did not follow: expected " + Judge.number(expected) + " ± "
							+ Judge.number(tolerance)
							+ (settled.settled()
									? ""
									: ", not settled within " + ctx.options.stepTimeout().toSeconds() + " s"));
		}
	}

	static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}
}
