// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.jspecify.annotations.Nullable;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.twinworks.commissioning.report.CommissioningReport;
import org.twinworks.commissioning.report.ProgressMonitor;
import org.twinworks.commissioning.report.ReportContext;
import org.twinworks.commissioning.report.VerifiedContext;
import org.twinworks.commissioning.record.Campaign;

/**
 * Writes one report off the UI thread: verifies the evidence chain beside the record, then has the core write the
 * file (atomically: a cancelled or failed report leaves no file and an older one as it was). The campaign handed in is
 * a copy, so checks running meanwhile do not change what is being written.
 */
public final class ReportJob extends Job {
	private static final String PLUGIN_ID = "org.twinworks.commissioning.ui";

	private final Campaign campaign;
	private final Path recordFile;
	private final ReportFormat format;
	private final Path out;
	private volatile @Nullable ReportContext context;

	/** @param campaign a copy of the campaign, which nothing else changes while the job runs */
	public ReportJob(Campaign campaign, Path recordFile, ReportFormat format, Path out) {
		super("Commissioning report " + out.getFileName());
		this.campaign = campaign;
		this.recordFile = recordFile;
		this.format = format;
		this.out = out;
		setUser(true);
	}

	public Path out() {
		return out;
	}

	/** What the verification found, once the job has run so far. */
	public @Nullable ReportContext context() {
		return context;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Commissioning report " + out.getFileName(), 100);
		try {
			progress.subTask("Verifying the evidence chain");
			ReportContext verified = VerifiedContext.of(campaign, recordFile, Instant.now(), version());
			context = verified;
			progress.worked(10);
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			format.write(CommissioningReport.of(campaign, verified), out, new Adapter(progress.split(90)));
			return verified.chainIntact() || verified.chainCount() == 0
					? Status.OK_STATUS
					: new Status(IStatus.WARNING, PLUGIN_ID,
							"The report was written, and says the evidence is NOT intact: " + verified.chainMessage());
		} catch (CancellationException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			return new Status(IStatus.ERROR, PLUGIN_ID,
					"The report " + out + " could not be written: " + e.getMessage(), e);
		} finally {
			monitor.done();
		}
	}

	private static String version() {
		Bundle bundle = FrameworkUtil.getBundle(ReportJob.class);
		return bundle == null ? "development" : bundle.getVersion().toString();
	}

	/** The core's running count of checks written, as work on an Eclipse progress monitor. */
	private static final class Adapter implements ProgressMonitor {
		private final SubMonitor monitor;
		private int reported;

		Adapter(SubMonitor monitor) {
			this.monitor = monitor;
		}

		@Override
		public void begin(String task, int total) {
			monitor.setWorkRemaining(total);
			monitor.subTask(task);
		}

		@Override
		public void worked(int done) {
			monitor.worked(done - reported);
			reported = done;
		}

		@Override
		public boolean cancelled() {
			return monitor.isCanceled();
		}
	}
}
