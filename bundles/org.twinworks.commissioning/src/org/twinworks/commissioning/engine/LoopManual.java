// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.plan.PlantElements;
import org.twinworks.commissioning.record.Check;
import org.twinworks.live.SignalValue;
import org.twinworks.live.WriteResult;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Signal;

/**
 * Puts a loop in manual for the time its output is stepped, and gives it back as found: first the output, then the
 * mode, so the controller never starts from a value the check left behind. What cannot be given back is said on the
 * check.
 */
final class LoopManual implements AutoCloseable {
	/** Index of "Manual" in the mode enumeration (Manual, Auto, Cascade). */
	static final int MANUAL = 0;

	private final StepContext ctx;
	private final Check check;
	private final Signal output;
	private final @Nullable Signal mode;
	private final @Nullable Object outputBefore;
	private final @Nullable Object modeBefore;

	private LoopManual(StepContext ctx, Check check, Signal output, @Nullable Signal mode,
			@Nullable Object outputBefore, @Nullable Object modeBefore) {
		this.ctx = ctx;
		this.check = check;
		this.output = output;
		this.mode = mode;
		this.outputBefore = outputBefore;
		this.modeBefore = modeBefore;
	}

	/** @throws StepBlocked when the mode cannot be set (not armed, no mode signal, refused) */
	static LoopManual enter(StepContext ctx, Check check, ControlLoop loop, Signal output)
			throws StepBlocked, IOException {
		Signal mode = PlantElements.modeOf(loop);
		if (mode == null) {
			throw new StepBlocked("loop " + loop.getTag() + " has no mode signal (.MODE) to put it in manual");
		}
		Object modeBefore = ctx.latest(mode).map(SignalValue::value).orElse(null);
		Object outputBefore = ctx.latest(output).map(SignalValue::value).orElse(null);
		WriteResult result = ctx.write(mode, MANUAL);
		if (!result.isOk()) {
			throw new StepBlocked("loop " + loop.getTag() + " could not be put in manual: " + result.detail());
		}
		return new LoopManual(ctx, check, output, mode, outputBefore, modeBefore);
	}

	/** For an output that belongs to no loop: only the output is given back. */
	static LoopManual none(StepContext ctx, Check check, Signal output) {
		return new LoopManual(ctx, check, output, null, ctx.latest(output).map(SignalValue::value).orElse(null), null);
	}

	@Override
	public void close() {
		ctx.restore(check, output, outputBefore);
		if (mode != null) {
			ctx.restore(check, mode, modeBefore);
		}
	}
}
