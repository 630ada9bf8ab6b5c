// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.twinworks.live.ConnectionEvent;
import org.twinworks.live.ConnectionState;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.LiveSource;
import org.twinworks.live.LiveSources;
import org.twinworks.live.SubscriptionReport;
import org.twinworks.model.Binding;

/**
 * Connects one endpoint and subscribes its bindings, off the UI thread, with progress. Cancelling takes effect
 * between the steps and while the user is asked about a certificate (each step is bounded by the request
 * timeout), and leaves the session closed. A failure is a state of the connection, shown in the Connections
 * view, not an error dialog.
 */
final class ConnectJob extends Job {
	private final EndpointConnection connection;
	private final LiveConnections owner;
	private final List<Binding> bindings;
	private final char[] password;

	ConnectJob(EndpointConnection connection, LiveConnections owner, List<Binding> bindings, char[] password) {
		super("Connecting to " + connection.endpoint().getName());
		this.connection = connection;
		this.owner = owner;
		this.bindings = List.copyOf(bindings);
		this.password = password;
		setUser(false);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Connecting to " + connection.endpoint().getUrl(), 3);
		connection.closeSession();
		LiveSource session;
		try {
			session = LiveSources.connect(owner.target(connection.endpoint()),
					owner.options(connection, new TrustPrompt(owner.autoTrusted(), progress), password));
		} catch (LiveConnectionException e) {
			ILog.of(ConnectJob.class)
					.warn("Connecting to " + connection.endpoint().getUrl() + " failed: " + e.getMessage());
			if (progress.isCanceled()) {
				cancelled();
				return Status.CANCEL_STATUS;
			}
			return Status.OK_STATUS;
		}
		progress.worked(1);
		if (progress.isCanceled()) {
			session.close();
			cancelled();
			return Status.CANCEL_STATUS;
		}
		progress.subTask("Subscribing " + bindings.size() + " signals");
		try {
			SubscriptionReport report = session.subscribe(bindings, connection.model().store());
			progress.worked(1);
			connection.sessionOpened(session, report);
			if (!report.failed().isEmpty()) {
				ILog.of(ConnectJob.class)
						.warn(report.failed().size() + " bindings of " + connection.endpoint().getName()
								+ " were refused, e.g. " + report.failed().get(0).tag() + ": "
								+ report.failed().get(0).status());
			}
		} catch (LiveConnectionException e) {
			session.close();
			connection.failed(e.getMessage());
		}
		if (progress.isCanceled()) {
			connection.closeSession();
			return Status.CANCEL_STATUS;
		}
		return Status.OK_STATUS;
	}

	private void cancelled() {
		connection.stateChanged(new ConnectionEvent(ConnectionState.DISCONNECTED, connection.endpoint().getUrl(), null,
				null, "cancelled"));
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == LiveConnections.class;
	}
}
