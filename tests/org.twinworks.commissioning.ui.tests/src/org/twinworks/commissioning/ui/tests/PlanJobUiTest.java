// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.commissioning.persistence.CommissioningFiles;
import org.twinworks.commissioning.plan.CampaignPlanner;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.checklist.PlanJob;
import org.twinworks.model.TwinPackage;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;

/**
 * Planning and re-planning as a job on the demo plant: the work is done off the UI thread with progress, the record
 * is written only at the end, and a cancelled job leaves the record (and the campaign in memory) exactly as it was.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PlanJobUiTest {
	private static final Duration WAIT = Duration.ofSeconds(20);
	private static final PlanOptions IO = new PlanOptions(List.of(), Set.of(CheckKind.IO));

	private CampaignFixture fixture;
	private FreshDemoPlant demo;
	private Path record;

	@BeforeEach
	void openTheDemo() throws Exception {
		fixture = CampaignFixture.open();
		demo = fixture.demo();
		record = fixture.record();
	}

	@AfterEach
	void closeEverything() throws Exception {
		demo.page().closeAllEditors(false);
		UiWait.flush();
		fixture.deleteRecord();
	}

	@Test
	void planningRunsAsAJobWithProgressAndWritesTheRecordAtTheEnd() throws Exception {
		EditorCampaign campaign = EditorCampaign.of(demo.editor());
		List<PlanJob.Outcome> outcomes = new ArrayList<>();
		PlanJob job = new PlanJob(campaign, IO, outcomes::add);
		List<Thread> runners = new CopyOnWriteArrayList<>();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				runners.add(Thread.currentThread());
			}
		});
		assertTrue(job.isUser(), "a user job: the progress dialog or the progress view shows it, with Cancel");
		assertFalse(Files.exists(record), "nothing written before the job ran");

		job.schedule();
		UiWait.until(() -> !outcomes.isEmpty(), WAIT, "the planning job to end");

		PlanJob.Outcome outcome = outcomes.get(0);
		assertNull(outcome.problem());
		assertFalse(outcome.cancelled() || outcome.replanning());
		int expected = CampaignPlanner.checks(demo.editor().getLoaded().plant(), IO).size();
		assertEquals(expected, outcome.result().added());
		assertEquals(expected, campaign.campaign().getChecks().size());
		assertEquals(expected, CommissioningFiles.load(record).campaign().getChecks().size(), "saved");
		// the job wrote the new record itself, off the UI thread: what a save writes, the chain's head included
		assertEquals(campaign.chain().head().count(), CommissioningFiles.load(record).campaign().getChainCount());
		byte[] written = Files.readAllBytes(record);
		campaign.save();
		assertArrayEquals(written, Files.readAllBytes(record), "the job's record is the one a save writes");
		assertFalse(runners.isEmpty() || runners.contains(Display.getDefault().getThread()),
				"worked out off the UI thread: " + runners);

		// the job hands its monitor to the planning; the workbench's progress shows what it reports
		byte[] saved = Files.readAllBytes(record);
		Recording progress = new Recording();
		campaign.prepare(IO).compute(progress);
		assertTrue(progress.work > 0, "progress reported");
		assertTrue(progress.subTasks.contains("Comparing the plant's checks"), progress.subTasks.toString());
		assertArrayEquals(saved, Files.readAllBytes(record), "computed but not applied: nothing written");
	}

	@Test
	void aCancelledPlanningOrReplanningChangesNothing() throws Exception {
		EditorCampaign campaign = EditorCampaign.of(demo.editor());
		PlanJob.Outcome cancelled = runCancelled(campaign);
		assertTrue(cancelled.cancelled(), cancelled.toString());
		assertNull(campaign.campaign(), "no campaign after a cancelled plan");
		assertFalse(Files.exists(record), "no record after a cancelled plan");

		campaign.plan(IO);
		Campaign planned = campaign.campaign();
		int checks = planned.getChecks().size();
		byte[] saved = Files.readAllBytes(record);
		// the plant changes: PT-101.PV renamed, so re-planning would make its check obsolete
		demo.editor().getEditingDomain().getCommandStack().execute(SetCommand.create(demo.editor().getEditingDomain(),
				demo.signal("PT-101.PV"), TwinPackage.Literals.SIGNAL__TAG, "PT-101.PRESSURE"));
		assertTrue(campaign.plantChanged());

		PlanJob.Outcome replanCancelled = runCancelled(campaign);
		assertTrue(replanCancelled.cancelled() && replanCancelled.replanning(), replanCancelled.toString());
		assertEquals(planned, campaign.campaign(), "the same campaign");
		assertEquals(checks, planned.getChecks().size(), "no check added");
		assertTrue(planned.getChecks().stream().noneMatch(Check::isObsolete), "no check made obsolete");
		assertArrayEquals(saved, Files.readAllBytes(record), "the record on disk is untouched");

		List<PlanJob.Outcome> outcomes = new ArrayList<>();
		new PlanJob(campaign, IO, outcomes::add).schedule();
		UiWait.until(() -> !outcomes.isEmpty(), WAIT, "the re-planning job to end");
		assertEquals(1, outcomes.get(0).result().changed(), "not cancelled, the rename is re-planned");
		assertEquals(1, planned.getChecks().stream().filter(Check::isObsolete).count());
		assertFalse(java.util.Arrays.equals(saved, Files.readAllBytes(record)), "and saved");
	}

	@Test
	void theCampaignIsOnlyChangedWhenTheWorkIsApplied() throws Exception {
		EditorCampaign campaign = EditorCampaign.of(demo.editor());
		var planning = campaign.prepare(IO);
		planning.compute(new NullProgressMonitor());
		assertNull(campaign.campaign(), "computed, not applied");
		assertFalse(Files.exists(record));
		assertNotNull(planning.apply());
		assertNotNull(campaign.campaign());
		assertTrue(Files.exists(record));
	}

	/** Schedules a planning job that is cancelled as it starts running; returns how it ended. */
	private static PlanJob.Outcome runCancelled(EditorCampaign campaign) throws Exception {
		List<PlanJob.Outcome> outcomes = new ArrayList<>();
		PlanJob job = new PlanJob(campaign, IO, outcomes::add);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				event.getJob().cancel();
			}
		});
		job.schedule();
		UiWait.until(() -> !outcomes.isEmpty(), WAIT, "the cancelled job to end");
		UiWait.flush();
		return outcomes.get(0);
	}

	/** A progress group that keeps what it was told. */
	private static final class Recording extends NullProgressMonitor {
		volatile double work;
		final List<String> subTasks = new CopyOnWriteArrayList<>();

		@Override
		public void internalWorked(double amount) {
			work += amount;
		}

		@Override
		public void worked(int amount) {
			work += amount;
		}

		@Override
		public void subTask(String name) {
			subTasks.add(name);
		}
	}
}
