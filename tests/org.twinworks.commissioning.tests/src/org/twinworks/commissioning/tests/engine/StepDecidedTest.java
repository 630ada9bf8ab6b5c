// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.commissioning.engine.LoopTarget;
import org.twinworks.commissioning.engine.PlannedWrites;
import org.twinworks.commissioning.engine.PlannedWrites.PlannedWrite;
import org.twinworks.commissioning.engine.RunListener;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.model.ControlLoop;

/**
 * The engine tells a listener of every step as it is decided (so a workbench shows and saves each step without
 * polling), and says beforehand which writes a loop check will make and what each step aims at.
 */
class StepDecidedTest {
	@TempDir
	Path dir;

	@Test
	void everyStepIsToldOnceWhenItGetsItsVerdict() throws Exception {
		try (LiveCampaign live = new LiveCampaign(dir)) {
			Campaign campaign = live.plan(new PlanOptions(List.of("FT-101"), Set.of(CheckKind.IO)));
			Check check = CampaignRunTest.check(campaign, "FT-101.PV", CheckKind.IO);
			List<String> told = Collections.synchronizedList(new ArrayList<>());
			List<String> order = Collections.synchronizedList(new ArrayList<>());
			live.run(campaign, List.of(check), Duration.ZERO, new RunListener() {
				@Override
				public void checkStarted(Check started) {
					order.add("started");
				}

				@Override
				public void stepDecided(Check decided, Step step) {
					assertEquals(check, decided);
					told.add(step.getName() + "=" + step.getVerdict());
					order.add("step");
				}

				@Override
				public void checkFinished(Check finished) {
					order.add("finished");
				}
			});

			List<String> expected = check.getSteps().stream().map(s -> s.getName() + "=" + s.getVerdict()).toList();
			assertTrue(check.getSteps().stream().allMatch(s -> s.getVerdict() == Verdict.PASS), expected.toString());
			assertEquals(expected, told, "each step told once, in order, with the verdict it kept");
			assertEquals("started", order.get(0));
			assertEquals("finished", order.get(order.size() - 1));
		}
	}

	@Test
	void aLoopChecksWritesAndTargetsAreKnownBeforeItRuns() throws Exception {
		try (LiveCampaign live = new LiveCampaign(dir)) {
			Campaign campaign = live.plan(new PlanOptions(List.of("FIC-101"), Set.of(CheckKind.LOOP)));
			Check check = CampaignRunTest.check(campaign, "FIC-101", CheckKind.LOOP);
			List<PlannedWrite> writes = PlannedWrites.of(live.plant, check);

			ControlLoop loop = (ControlLoop) PlannedWrites.subjectOf(live.plant, check);
			assertNotNull(loop);
			String out = loop.getOutput().getTag();
			// a machine the output belongs to may be started around them; the loop's own writes are these
			List<String> shown = writes.stream()
					.filter(w -> w.signal() == loop.getOutput() || w.signal().getTag().equals("FIC-101.MODE"))
					.map(w -> w.signal().getTag() + "=" + (w.restores() ? "before" : w.value())).toList();
			double low = loop.getOutput().getRangeLow();
			double span = loop.getOutput().getRangeHigh() - low;
			assertEquals("FIC-101.MODE=0", shown.get(0), shown.toString());
			for (int i = 0; i <= 4; i++) {
				assertEquals(out + "=" + (low + i * 0.25 * span), shown.get(1 + i), shown.toString());
			}
			assertEquals(List.of(out + "=before", "FIC-101.MODE=before"), shown.subList(6, 8));
			assertEquals(8, shown.size(), shown.toString());

			Step half = check.getSteps().get(2);
			LoopTarget target = LoopTarget.of(check, half, loop);
			assertNotNull(target);
			assertEquals(0.5, target.fraction());
			assertEquals("FCV-101.POS", target.observed().getTag());
			assertTrue(target.tolerance() > 0);
			assertTrue(target.low() < target.expected() && target.expected() < target.high());
			assertNotEquals(null, target.measured());
		}
	}
}
