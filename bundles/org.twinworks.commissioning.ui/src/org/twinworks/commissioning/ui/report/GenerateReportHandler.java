// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.report;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.ui.EditorCampaign;

/**
 * Generate Report…: asks for the format and file, writes the report of the active plant editor's campaign in a
 * cancellable job and opens it when done. Returns the scheduled {@link ReportJob} (null when nothing was started).
 */
public final class GenerateReportHandler extends AbstractHandler {
	public static final String COMMAND_ID = "org.twinworks.commissioning.ui.generateReport";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		EditorCampaign record = window == null ? null : EditorCampaign.active(window.getActivePage());
		Campaign campaign = record == null ? null : record.campaign();
		if (record == null || campaign == null) {
			MessageDialog.openInformation(shell, ReportDialog.TITLE,
					"There is no commissioning campaign to report on: open a plant and plan a campaign first.");
			return null;
		}
		ReportDialog dialog = new ReportDialog(shell, record.recordFile());
		Path out = dialog.open() == Window.OK ? dialog.file() : null;
		if (out == null) {
			return null;
		}
		// a copy: a check run that goes on meanwhile must not change the campaign under the writer
		ReportJob job = new ReportJob(EcoreUtil.copy(campaign), record.recordFile(), dialog.format(), out);
		Display display = Display.getCurrent();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent done) {
				int severity = done.getResult().getSeverity();
				if ((severity == IStatus.OK || severity == IStatus.WARNING) && !display.isDisposed()) {
					display.asyncExec(() -> ReportOpener.open(out));
				}
			}
		});
		job.schedule();
		return job;
	}
}
