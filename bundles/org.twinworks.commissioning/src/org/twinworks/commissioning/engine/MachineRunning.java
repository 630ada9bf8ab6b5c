// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.plan.PlantElements;
import org.twinworks.commissioning.record.Check;
import org.twinworks.live.WriteResult;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;

/**
 * A speed or position reference is only followed while its machine runs: for the time of the check the machine is
 * started (guarded write of its run command, its run feedback awaited) and afterwards given back as found.
 */
final class MachineRunning implements AutoCloseable {
	private final StepContext ctx;
	private final Check check;
	private final @Nullable Signal command;

	private MachineRunning(StepContext ctx, Check check, @Nullable Signal command) {
		this.ctx = ctx;
		this.check = check;
		this.command = command;
	}

	/** Starts the machine the output belongs to when it has a run command and is stopped; else does nothing. */
	static MachineRunning around(StepContext ctx, Check check, Signal output)
			throws StepBlocked, IOException, InterruptedException, CancelledRun {
		Equipment unit = PlantElements.unitOf(output);
		Signal command = unit == null ? null : InterlockCheckRun.commandOf(unit);
		Signal running = command == null ? null : PlantElements.feedbackOf(command);
		if (command == null || running == null || command == output || PlantElements.isBoolean(output)
				|| ctx.binding(command) == null || PlantView.isOn(ctx.latest(running).orElse(null))) {
			return new MachineRunning(ctx, check, null);
		}
		WriteResult result = ctx.write(command, true);
		if (!result.isOk() || ctx.view.await(running, PlantView::isOn, ctx.options.stepTimeout()).isEmpty()) {
			throw new StepBlocked(unit.getTag() + " could not be started for the check: " + running.getTag() + " shows "
					+ Judge.show(ctx.latest(running).orElse(null)));
		}
		ctx.comment(check,
				unit.getTag() + " was started for the check (" + command.getTag() + ") and stopped after it");
		return new MachineRunning(ctx, check, command);
	}

	@Override
	public void close() {
		if (command != null) {
			ctx.restore(check, command, false);
		}
	}
}
