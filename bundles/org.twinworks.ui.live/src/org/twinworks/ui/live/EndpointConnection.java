// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.Mismatch;
import org.twinworks.live.Reconciler;
import org.twinworks.live.Reconciliation;
import org.twinworks.model.Binding;
import org.twinworks.live.ConnectionEvent;
import org.twinworks.live.ConnectionListener;
import org.twinworks.live.ConnectionState;
import org.twinworks.live.LiveSession;
import org.twinworks.live.LiveSource;
import org.twinworks.live.SubscriptionReport;
import org.twinworks.model.Endpoint;

/**
 * One endpoint of one open model, as the Connections view lists it: its last state, its session while there is
 * one, and the jobs that connect and disconnect it. States arrive on Milo's and job threads; the UI reads them
 * through {@link LiveModel}'s pump.
 */
public final class EndpointConnection implements ConnectionListener {
	private final LiveModel model;
	private final Endpoint endpoint;
	private final LiveConnections owner;
	private volatile ConnectionEvent last;
	private volatile LiveSource session;
	private volatile SubscriptionReport report;
	private volatile Job job;
	private volatile Reconciliation reconciliation;
	private volatile String reconcileFailure;
	private volatile Job resubscription;
	// connects and resubscriptions of one endpoint run one after the other, so the newest snapshot wins
	private final ISchedulingRule serial = new ISchedulingRule() {
		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}
	};

	EndpointConnection(LiveModel model, Endpoint endpoint, LiveConnections owner) {
		this.model = model;
		this.endpoint = endpoint;
		this.owner = owner;
	}

	public LiveModel model() {
		return model;
	}

	public Endpoint endpoint() {
		return endpoint;
	}

	/** DISCONNECTED until the first attempt. */
	public ConnectionState state() {
		ConnectionEvent event = last;
		return event == null ? ConnectionState.DISCONNECTED : event.state();
	}

	/** The last event (policy, mode, reason), or null before the first attempt. */
	public ConnectionEvent lastEvent() {
		return last;
	}

	/** Connected over an unsigned, unencrypted channel: only lab-mode endpoints get there. */
	public boolean insecure() {
		ConnectionEvent event = last;
		return event != null && event.state() == ConnectionState.CONNECTED && "None".equals(event.securityMode());
	}

	/**
	 * The subscription's outcome per binding, once subscribed; the OPC UA session's current one, which follows items
	 * created again after their creation timed out.
	 */
	public SubscriptionReport report() {
		LiveSession opcUa = session();
		SubscriptionReport current = opcUa != null ? opcUa.report() : null;
		return current != null ? current : report;
	}

	/** The OPC UA session, or null while there is none or the endpoint is read through a Sparkplug broker. */
	public LiveSession session() {
		return session instanceof LiveSession opcUa ? opcUa : null;
	}

	/** Where the values come from now (OPC UA session or Sparkplug source), or null while not connected. */
	public LiveSource source() {
		return session;
	}

	/** The certificate the connected server presented, or null while there is no session. */
	public java.security.cert.X509Certificate serverCertificate() {
		LiveSession current = session();
		return current == null ? null : current.serverCertificate();
	}

	public boolean hasSession() {
		return session != null;
	}

	/** Browses the server of the current session (blocking calls: jobs only), or null without a session. */
	public org.twinworks.live.AddressSpaceBrowser browser() {
		LiveSession current = session();
		return current == null ? null : current.browser();
	}

	/** A connect or disconnect job is scheduled or running. */
	public boolean busy() {
		Job current = job;
		return current != null && current.getState() != Job.NONE;
	}

	/**
	 * Schedules a cancellable job that connects and subscribes; returns it (tests join it), or null when the user
	 * cancelled the password prompt of a user-name endpoint. UI thread.
	 */
	public Job connect() {
		if (model.replay() != null) {
			// a model shows either the plant or a recording: never recorded values under a live session's name
			throw new IllegalStateException("return " + model.plant().getName() + " to live before connecting");
		}
		org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
		java.util.Optional<char[]> password = PasswordPrompt
				.passwordFor(display == null ? null : display.getActiveShell(), endpoint);
		if (password.isEmpty()) {
			return null;
		}
		// the model is read here, on the UI thread that edits it; the job gets a snapshot of the bindings
		ConnectJob connect = new ConnectJob(this, owner, model.bindingsOf(this),
				password.get().length == 0 ? null : password.get());
		job = connect;
		connect.setRule(serial);
		refreshWhenDone(connect);
		connect.schedule();
		return connect;
	}

	/** Schedules a job that closes the session; returns it. */
	public Job disconnect() {
		Job close = Job.create("Disconnecting from " + endpoint.getName(), monitor -> {
			closeSession();
		});
		close.setSystem(false);
		job = close;
		refreshWhenDone(close);
		close.schedule();
		return close;
	}

	/**
	 * Schedules a job that reads every bound node of this endpoint and compares it with the model (DataType,
	 * EURange, units, access, missing nodes); the result replaces {@link #reconciliation()}. Null when there is no
	 * session to read with.
	 */
	public Job reconcile() {
		LiveSession current = session();
		if (current == null) {
			return null;
		}
		// the bindings are read on the UI thread; the job only reads nodes and compares
		List<Binding> bindings = model.bindingsOf(this);
		Job reconcile = Job.create("Reconciling " + endpoint.getName() + " with the server", monitor -> {
			try {
				Reconciliation read = Reconciler.reconcile(current.browser(), bindings);
				SubscriptionReport subscribed = report;
				if (subscribed != null) {
					// what the server made of the monitored items sits beside what its nodes say
					List<Mismatch> all = new ArrayList<>(read.mismatches());
					all.addAll(Reconciler.monitoring(subscribed));
					read = new Reconciliation(List.copyOf(all), read.nodes());
				}
				reconciliation = read;
				reconcileFailure = null;
			} catch (LiveConnectionException e) {
				reconcileFailure = e.getMessage();
			}
			owner.connectionsChanged();
			return Status.OK_STATUS;
		});
		reconcile.schedule();
		return reconcile;
	}

	/**
	 * Brings the session's subscription in line with the model's bindings now (UI thread: the bindings are read
	 * here); the service calls run in a job after any connect under way. A resubscription still waiting is
	 * replaced, since this one's snapshot is newer. Returns the job (tests join it).
	 */
	public Job resubscribe() {
		List<Binding> bindings = model.bindingsOf(this);
		Job waiting = resubscription;
		if (waiting != null && waiting.getState() == Job.WAITING) {
			waiting.cancel();
		}
		Job update = Job.create("Updating the subscriptions of " + endpoint.getName(), monitor -> {
			LiveSource current = session;
			if (current == null || monitor.isCanceled()) {
				return Status.OK_STATUS;
			}
			try {
				report = current.resubscribe(bindings, model.store());
			} catch (LiveConnectionException e) {
				if (session == current) {
					ILog.of(EndpointConnection.class)
							.warn("Updating the subscriptions of " + endpoint.getUrl() + " failed: " + e.getMessage());
				}
			}
			model.connectionChanged();
			owner.connectionsChanged();
			return Status.OK_STATUS;
		});
		update.setRule(serial);
		update.setSystem(true);
		resubscription = update;
		update.schedule();
		return update;
	}

	/** The last reconciliation, or null before the first. */
	public Reconciliation reconciliation() {
		return reconciliation;
	}

	/** Why the last reconciliation could not read the server, or null. */
	public String reconcileFailure() {
		return reconcileFailure;
	}

	@Override
	public void stateChanged(ConnectionEvent event) {
		last = event;
		model.statesListener().stateChanged(event);
		model.connectionChanged();
		owner.connectionsChanged();
	}

	void sessionOpened(LiveSource opened, SubscriptionReport subscribed) {
		session = opened;
		report = subscribed;
		model.connectionChanged();
		owner.connectionsChanged();
	}

	/** Reports a failure that happened after the session was up (e.g. the subscription was refused). */
	void failed(String reason) {
		stateChanged(new ConnectionEvent(ConnectionState.FAILED, endpoint.getUrl(), null, null, reason));
	}

	/** The views enable Connect from busy(): they must hear when the job has really ended, not only its events. */
	private void refreshWhenDone(Job started) {
		started.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				owner.connectionsChanged();
			}
		});
	}

	/** Cancels a connect or disconnect under way and waits for it to end. Not on the UI thread. */
	void cancelRunningJob() {
		Job running = job;
		if (running != null) {
			running.cancel();
			try {
				running.join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	void closeSession() {
		LiveSource current = session;
		session = null;
		report = null;
		// what the last reconciliation found belongs to that session: the view and the diagram forget it with it
		reconciliation = null;
		reconcileFailure = null;
		owner.connectionsChanged();
		if (current != null) {
			current.close();
		}
	}
}
