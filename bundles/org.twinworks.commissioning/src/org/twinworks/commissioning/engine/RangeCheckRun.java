// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import java.io.IOException;
import java.util.Optional;

import org.twinworks.commissioning.plan.StepAction;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Signal;

/**
 * The out-of-range check after NAMUR NE 43: the input is driven a tenth of its span below and above its range, and
 * the control system must show it as not Good (bad, or uncertain with the engineering units exceeded), never as a
 * Good value.
 */
final class RangeCheckRun {
	private static final double BEYOND = 0.1;
	/** OPC UA limit bits of a StatusCode: Low, High or Constant. */
	private static final long LIMIT_BITS = 0x300;

	private final StepContext ctx;

	RangeCheckRun(StepContext ctx) {
		this.ctx = ctx;
	}

	void run(Check check, Signal signal) throws IOException, InterruptedException, CancelledRun {
		try {
			for (Step step : check.getSteps()) {
				StepAction action = StepAction.of(step.getAction());
				if (step.getVerdict() != Verdict.PENDING || action == null) {
					continue;
				}
				if (!ctx.canStimulate()) {
					ctx.verdict(step, Verdict.PENDING, null, "done in the field: inject a signal beyond the range");
					continue;
				}
				double span = PlantView.span(signal);
				double target = action == StepAction.RANGE_LOW
						? signal.getRangeLow() - BEYOND * span
						: signal.getRangeHigh() + BEYOND * span;
				try {
					ctx.force(signal, target);
				} catch (StepBlocked blocked) {
					ctx.verdict(step, Verdict.PENDING, null, blocked.getMessage());
					continue;
				}
				Optional<SignalValue> flagged = ctx.view.await(signal,
						v -> !v.isGood() || (v.statusCode() & LIMIT_BITS) != 0, ctx.options.tripTime());
				SignalValue shown = flagged.orElseGet(() -> ctx.latest(signal).orElse(null));
				ctx.observe(check, step, signal, "value", shown);
				if (flagged.isPresent()) {
					ctx.verdict(step, Verdict.PASS, Judge.show(shown), null);
				} else {
					ctx.verdict(step, Verdict.FAIL, Judge.show(shown),
							"a value beyond the range (" + Judge.number(target) + ") is shown as Good");
				}
			}
		} finally {
			ctx.release(signal);
		}
	}
}
