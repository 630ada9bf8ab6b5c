// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.plan.Replanner;
import org.twinworks.commissioning.ui.CampaignPlanning;
import org.twinworks.commissioning.ui.EditorCampaign;

/**
 * Plan Campaign… and Re-plan as a cancellable job with progress: the checks are worked out off the UI thread from a
 * snapshot of the plant, then put into the record and saved at once on the UI thread. A cancelled job leaves the
 * record as it was. Whoever started it hears the {@link Outcome} on the UI thread.
 */
public final class PlanJob extends Job {
	/** The family of every planning job ({@link Job#belongsTo}), for tests and for waiting on them. */
	public static final Object FAMILY = PlanJob.class;

	/** How planning ended: a result, or why not (cancelled: nothing changed). */
	public record Outcome(boolean replanning, Replanner.@Nullable Result result, @Nullable String problem,
			boolean cancelled) {
	}

	private final EditorCampaign campaign;
	private final CampaignPlanning planning;
	private final Display display;
	private final Consumer<Outcome> done;
	private final AtomicBoolean told = new AtomicBoolean();

	/**
	 * Takes the snapshot now (UI thread); {@link #schedule()} starts the work.
	 *
	 * @throws IllegalStateException when the record may not be planned (unreadable, approved)
	 */
	public PlanJob(EditorCampaign campaign, PlanOptions options, Consumer<Outcome> done) throws IOException {
		super(campaign.campaign() == null ? "Planning the commissioning campaign" : "Re-planning the campaign");
		this.campaign = campaign;
		this.planning = campaign.prepare(options);
		this.display = Display.getCurrent();
		this.done = done;
		setUser(true);
		// cancelled before it ran, run() is never called: the caller still hears that nothing changed
		addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (!told.get()) {
					finish(new Outcome(planning.replanning(), null, null, true));
				}
			}
		});
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			planning.compute(monitor);
		} catch (OperationCanceledException e) {
			finish(new Outcome(planning.replanning(), null, null, true));
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			finish(new Outcome(planning.replanning(), null, e.getMessage(), false));
			return Status.OK_STATUS; // the view shows the problem; no second dialog
		}
		if (monitor.isCanceled()) {
			finish(new Outcome(planning.replanning(), null, null, true));
			return Status.CANCEL_STATUS;
		}
		if (display.isDisposed()) {
			told.set(true);
			return Status.CANCEL_STATUS; // the workbench closed: nothing to apply to
		}
		if (planning.newPlan()) {
			return applyNewPlan();
		}
		told.set(true);
		display.asyncExec(() -> {
			Outcome outcome;
			try {
				outcome = new Outcome(planning.replanning(), planning.apply(), null, false);
			} catch (IOException | RuntimeException e) {
				outcome = new Outcome(planning.replanning(), null, e.getMessage(), false);
			}
			done.accept(outcome);
		});
		return Status.OK_STATUS;
	}

	/**
	 * A new plan's record is written here, off the UI thread (23,000 checks took most of a second of it); only chaining
	 * the plan into the evidence and showing the written record happen on the UI thread.
	 */
	private IStatus applyNewPlan() {
		String problem = onUiThread(planning::chainNewPlan);
		if (problem == null) {
			try {
				planning.writeNewPlan();
			} catch (IOException | RuntimeException e) {
				problem = messageOf(e);
			}
		}
		if (problem != null) {
			finish(new Outcome(false, null, problem, false));
			return Status.OK_STATUS;
		}
		told.set(true);
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				Outcome outcome;
				try {
					outcome = new Outcome(false, planning.showNewPlan(), null, false);
				} catch (RuntimeException e) {
					outcome = new Outcome(false, null, messageOf(e), false);
				}
				done.accept(outcome);
			});
		}
		return Status.OK_STATUS;
	}

	@FunctionalInterface
	private interface UiStep {
		void run() throws IOException;
	}

	/** Runs {@code step} on the UI thread and waits; its problem, or null when it went well. */
	private @Nullable String onUiThread(UiStep step) {
		String[] problem = {null};
		try {
			display.syncExec(() -> {
				try {
					step.run();
				} catch (IOException | RuntimeException e) {
					problem[0] = messageOf(e);
				}
			});
		} catch (RuntimeException e) { // the display went away meanwhile
			return messageOf(e);
		}
		return problem[0];
	}

	private static String messageOf(Exception e) {
		return e.getMessage() == null ? e.toString() : e.getMessage();
	}

	private void finish(Outcome outcome) {
		if (!told.getAndSet(true) && !display.isDisposed()) {
			display.asyncExec(() -> done.accept(outcome));
		}
	}

	/** The campaign planned. */
	public EditorCampaign campaign() {
		return campaign;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
