// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.check;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.jspecify.annotations.Nullable;
import org.osgi.framework.FrameworkUtil;
import org.twinworks.commissioning.engine.CampaignRunner;
import org.twinworks.commissioning.engine.RunListener;
import org.twinworks.commissioning.engine.RunOptions;
import org.twinworks.commissioning.engine.Stimulus;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.commissioning.ui.RunRecordings;
import org.twinworks.live.AuditLog;
import org.twinworks.live.LiveSession;
import org.twinworks.live.PlantStimulus;
import org.twinworks.model.Binding;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveModel;

/**
 * One check run by the engine on the plant editor's live connection (its session and working memory, so the check
 * judges the values the workbench shows), in a cancellable Job. A plain run does not arm writes: steps that need one
 * end waiting or blocked with the engine's reason. An armed run (only after the engineer confirmed every write) arms
 * them once for the whole sequence, each guarded write audited beside the record as the command line audits it. Each
 * step the engine decides is saved at once and shown (the engine tells each step, nothing polls); the record is saved
 * again, with the evidence chain checkpointed, when the run ends or is cancelled. The session's working memory is
 * recorded into {@link RunRecordings#folderBeside(java.nio.file.Path) the recordings folder} beside the record, so
 * each evidence record can be replayed.
 */
public final class CheckRun {
	private final org.twinworks.commissioning.ui.EditorCampaign owner;
	private final Check check;
	private final CampaignRunner runner;
	private final EndpointConnection connection;
	private final LiveModel live;
	private final Display display;
	private final Job job;
	private final boolean armed;
	private volatile boolean paused;
	private volatile @Nullable String failure;

	private CheckRun(org.twinworks.commissioning.ui.EditorCampaign owner, Check check, LiveModel live,
			EndpointConnection connection, CampaignRunner runner, boolean armed) {
		this.owner = owner;
		this.armed = armed;
		this.check = check;
		this.live = live;
		this.connection = connection;
		this.runner = runner;
		this.display = owner.editor().getSite().getShell().getDisplay();
		this.job = new Job("Running " + check.getId()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return runInJob(monitor);
			}

			@Override
			protected void canceling() {
				runner.cancel();
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == CheckRun.class;
			}
		};
		job.setUser(false);
	}

	/**
	 * Starts running {@code check} of {@code owner}'s campaign; UI thread. {@code ended} hears on the UI thread once the
	 * run is over and saved.
	 *
	 * @throws EditRefused when the campaign or check cannot be run now (approved, signed, plant changed, nothing to
	 *             run, the editor not connected to the check's endpoint)
	 */
	public static CheckRun start(org.twinworks.commissioning.ui.EditorCampaign owner, Check check,
			Consumer<CheckRun> ended) throws EditRefused {
		return start(owner, check, Duration.ZERO, ended);
	}

	/**
	 * Starts running {@code check} with writes armed for {@code armFor} (zero: not armed), each write audited in
	 * {@link #auditFile}; only after the engineer confirmed the writes. UI thread.
	 *
	 * @throws EditRefused as {@link #start(org.twinworks.commissioning.ui.EditorCampaign, Check, Consumer)}
	 */
	public static CheckRun start(org.twinworks.commissioning.ui.EditorCampaign owner, Check check, Duration armFor,
			Consumer<CheckRun> ended) throws EditRefused {
		Campaign campaign = owner.campaign();
		String refused = CheckEdits.of(owner).refusal(check);
		if (refused != null || campaign == null) {
			throw new EditRefused(refused == null ? "no campaign" : refused);
		}
		if (check.isObsolete()) {
			throw new EditRefused(check.getId() + " is obsolete: " + check.getObsoleteReason());
		}
		if (check.getState() == CheckState.PASSED || check.getState() == CheckState.SKIPPED
				|| check.getSteps().stream().noneMatch(s -> s.getVerdict() == Verdict.PENDING)) {
			throw new EditRefused(check.getId() + " has no pending step to run");
		}
		if (owner.plantChanged()) {
			throw new EditRefused("the plant changed since the campaign was planned: re-plan it first");
		}
		Plant plant = owner.editor().getLoaded().plant();
		LiveModel live = Adapters.adapt(owner.editor(), LiveModel.class);
		if (plant == null || live == null) {
			throw new EditRefused("the plant editor has no live connection");
		}
		EndpointConnection connection = connectionOf(check, plant, live).orElseThrow(() -> new EditRefused(
				"the plant editor is not connected to the endpoint of " + check.getTag() + ": connect it first"));
		String user = System.getProperty("user.name", "engineer");
		String version = FrameworkUtil.getBundle(CheckRun.class) == null
				? "unknown"
				: FrameworkUtil.getBundle(CheckRun.class).getVersion().toString();
		CampaignRunner runner;
		try {
			runner = new CampaignRunner(plant, campaign, RunOptions.defaults(armFor, user, version), owner.evidence(),
					Clock.systemUTC());
		} catch (IOException e) {
			throw new EditRefused("the evidence chain beside the record cannot be opened: " + e.getMessage());
		}
		CheckRun run = new CheckRun(owner, check, live, connection, runner, !armFor.isZero());
		// hand edits made before the run must not be undone over what the run observes
		CheckEdits.of(owner).commandStack().flush();
		run.job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				run.display.asyncExec(() -> {
					run.publish(true);
					ended.accept(run);
				});
			}
		});
		run.job.schedule();
		return run;
	}

	/** The connected endpoint one of the check's signals is bound to; the first connected one when it has none. */
	private static Optional<EndpointConnection> connectionOf(Check check, Plant plant, LiveModel live) {
		List<Signal> signals = CheckSubjects.signalsOf(check, plant);
		List<EndpointConnection> connected = live.connections().stream().filter(EndpointConnection::hasSession)
				.toList();
		if (plant.getTwin() != null) {
			for (Binding binding : plant.getTwin().getBindings()) {
				if (binding.isActive() && signals.contains(binding.getSignal())) {
					Optional<EndpointConnection> found = connected.stream()
							.filter(c -> c.endpoint() == binding.getEndpoint()).findFirst();
					if (found.isPresent()) {
						return found;
					}
				}
			}
		}
		return signals.isEmpty() ? connected.stream().findFirst() : Optional.empty();
	}

	/** Where the guarded writes of runs on {@code record} are audited: beside it, as the command line audits them. */
	public static Path auditFile(Path record) {
		return record.resolveSibling(record.getFileName() + ".writes.log");
	}

	/** Whether this run's writes are armed. */
	public boolean armed() {
		return armed;
	}

	public Check check() {
		return check;
	}

	public Job job() {
		return job;
	}

	public boolean paused() {
		return paused;
	}

	/** Pauses at the next wait of the running step, or resumes. */
	public void togglePause() {
		paused = !paused;
		if (paused) {
			runner.pause();
		} else {
			runner.resume();
		}
	}

	/** Stops at the next wait; the check keeps what it recorded and is saved. */
	public void cancel() {
		runner.resume();
		job.cancel();
	}

	/** Why the run could not start or ended early (not a check's verdict), or null. */
	public @Nullable String failure() {
		return failure;
	}

	private IStatus runInJob(IProgressMonitor monitor) {
		LiveSession session = connection.session();
		if (session == null) {
			failure = "the connection to " + connection.endpoint().getName() + " was closed";
			return Status.CANCEL_STATUS;
		}
		int total = check.getSteps().size();
		monitor.beginTask("Running " + check.getId() + " on " + session.endpointUrl(), total);
		Path recording = RunRecordings.newFile(owner.recordFile(), check.getId());
		try (AuditLog audit = armed ? AuditLog.open(auditFile(owner.recordFile()), 16) : null) {
			runner.runSubscribed(session, live.store(), connection.endpoint(), List.of(check), stimulus(session), audit,
					recording, new Progress(monitor, total));
		} catch (InterruptedException e) {
			runner.cancel();
			Thread.currentThread().interrupt();
		} catch (Exception e) {
			failure = e.getMessage() == null ? e.toString() : e.getMessage();
		}
		monitor.done();
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/** Shows and saves the check as the engine decides each step (on the engine's thread, after its record lock). */
	private final class Progress implements RunListener {
		private final IProgressMonitor monitor;
		private final int total;
		private int decided;

		Progress(IProgressMonitor monitor, int total) {
			this.monitor = monitor;
			this.total = total;
		}

		@Override
		public void checkStarted(Check started) {
			publishLater();
		}

		@Override
		public synchronized void stepDecided(Check decidedCheck, Step step) {
			decided = Math.min(total, decided + 1);
			monitor.worked(1);
			monitor.subTask(decided + " of " + total + " steps decided" + (paused ? " (paused)" : ""));
			publishLater();
		}
	}

	private static @Nullable Stimulus stimulus(LiveSession session) throws Exception {
		Optional<PlantStimulus> found = PlantStimulus.find(session);
		return found.isEmpty() ? null : Stimulus.of(found.get());
	}

	private void publishLater() {
		if (!display.isDisposed()) {
			display.asyncExec(() -> publish(false));
		}
	}

	/** Saves and shows the check as the engine left it so far; UI thread, under the engine's record lock. */
	private void publish(boolean ended) {
		if (display.isDisposed()) {
			return;
		}
		synchronized (runner.recordLock()) {
			if (ended) {
				try {
					owner.checkpoint();
				} catch (IOException e) {
					failure = "the evidence chain could not be checkpointed: " + e.getMessage();
				}
			}
			owner.changed(check);
		}
	}
}
