// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.plan.PlantElements;
import org.twinworks.live.SignalValue;
import org.twinworks.live.WriteResult;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Signal;

/**
 * Puts a loop in manual for the time its output is stepped, and gives it back as found: first the output, then the
 * mode, so the controller never starts from a value the check left behind.
 */
final class LoopManual implements AutoCloseable {
	/** Index of "Manual" in the mode enumeration (Manual, Auto, Cascade). */
	static final int MANUAL = 0;

	private final StepContext ctx;
	private final Signal output;
	private final @Nullable Signal mode;
	private final @Nullable Object outputBefore;
	private final @Nullable Object modeBefore;

	private LoopManual(StepContext ctx, Signal output, @Nullable Signal mode, @Nullable Object outputBefore,
			@Nullable Object modeBefore) {
		this.ctx = ctx;
		this.output = output;
		this.mode = mode;
		this.outputBefore = outputBefore;
		this.modeBefore = modeBefore;
	}

	/** @throws StepBlocked when the mode cannot be set (not armed, no mode signal, refused) */
	static LoopManual enter(StepContext ctx, ControlLoop loop, Signal output) throws StepBlocked, IOException {
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
		return new LoopManual(ctx, output, mode, outputBefore, modeBefore);
	}

	/** For an output that belongs to no loop: only the output is given back. */
	static LoopManual none(StepContext ctx, Signal output) {
		return new LoopManual(ctx, output, null, ctx.latest(output).map(SignalValue::value).orElse(null), null);
	}

	@Override
	public void close() {
		try {
			if (outputBefore != null) {
				ctx.write(output, outputBefore);
			}
			if (mode != null && modeBefore != null) {
				ctx.write(mode, modeBefore);
			}
		} catch (IOException | StepBlocked e) {
			// the audit log holds every write; the check's evidence already says what was done
		}
	}
}
