// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.widgets.Display;
import org.twinworks.live.AuditRecord;
import org.twinworks.live.GuardedWriter;
import org.twinworks.live.LiveSource;
import org.twinworks.live.WriteArming;
import org.twinworks.live.WriteOutcome;
import org.twinworks.live.WriteResult;
import org.twinworks.model.Binding;
import org.twinworks.model.Signal;

/**
 * Writing to the plant from one open model: disarmed until the user arms it, for a limited time, with a
 * countdown that listeners see once a second and an expiry they see at once. Every attempt goes through the
 * live core's {@link GuardedWriter} (which refuses, writes, reads back and audits); one that cannot even reach
 * it (no session) is audited here, so no attempt escapes the trail.
 */
public final class LiveWrites {
	/** How long one arming lasts: long enough for a commissioning step, short enough not to be forgotten. */
	public static final Duration DEFAULT_ARMING = Duration.ofMinutes(5);

	private final LiveModel model;
	private final WriteAudit audit;
	private final Display display;
	private final WriteArming arming = new WriteArming();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final Runnable tick = this::tick;
	private boolean armedShown;

	LiveWrites(LiveModel model, WriteAudit audit, Display display) {
		this.model = model;
		this.audit = audit;
		this.display = display;
	}

	/** Arms writing for {@code duration}; UI thread. */
	public void arm(Duration duration) {
		arming.arm(duration);
		display.timerExec(-1, tick);
		tick();
	}

	/** Disarms at once; UI thread. */
	public void disarm() {
		arming.disarm();
		display.timerExec(-1, tick);
		tick();
	}

	public boolean isArmed() {
		return arming.isArmed();
	}

	/** Time left; zero when disarmed. */
	public Duration remaining() {
		return arming.remaining();
	}

	/** Whether a write to {@code signal} may be offered now: armed, a read/write signal, bound and connected. */
	public boolean canWrite(Signal signal) {
		return isArmed() && isWritable(signal);
	}

	/** A read/write signal whose endpoint has a session: writable once armed. */
	public boolean isWritable(Signal signal) {
		if (signal == null || signal.getAccess() != org.twinworks.model.Access.READ_WRITE) {
			return false;
		}
		EndpointConnection connection = model.connectionOf(signal);
		return connection != null && connection.hasSession() && binding(signal) != null;
	}

	/** The active binding of {@code signal} on its connected endpoint, or null; UI thread (reads the model). */
	public Binding binding(Signal signal) {
		EndpointConnection connection = model.connectionOf(signal);
		if (connection == null || model.plant().getTwin() == null) {
			return null;
		}
		return model.plant().getTwin().getBindings().stream()
				.filter(b -> b.isActive() && b.getSignal() == signal && b.getEndpoint() == connection.endpoint())
				.findFirst().orElse(null);
	}

	/** The server a write to {@code signal} goes to, or null. */
	public String serverOf(Signal signal) {
		EndpointConnection connection = model.connectionOf(signal);
		LiveSource session = connection == null ? null : connection.source();
		return session != null ? session.endpointUrl() : connection == null ? null : connection.endpoint().getUrl();
	}

	/**
	 * Writes {@code value} to the binding's node, reads it back and audits the attempt; blocks on the server, so
	 * never on the UI thread.
	 *
	 * @throws IOException when the attempt could not be audited
	 */
	public WriteResult write(Binding binding, Object value) throws IOException {
		try {
			EndpointConnection connection = model.connectionOf(binding.getSignal());
			LiveSource session = connection == null ? null : connection.source();
			if (session == null) {
				WriteResult refused = new WriteResult(WriteOutcome.REFUSED, "not connected", null);
				Signal signal = binding.getSignal();
				audit.log().append(new AuditRecord(Instant.now(), System.getProperty("user.name"),
						binding.getEndpoint() == null ? null : binding.getEndpoint().getUrl(), binding.getNodeId(),
						signal == null ? null : signal.getTag(), null, value, refused.outcome(), refused.detail()));
				return refused;
			}
			return new GuardedWriter(session, arming, audit.log()).write(binding, value);
		} finally {
			audit.appended();
		}
	}

	/** Hears arming, disarming, expiry and the countdown (once a second while armed); UI thread. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void tick() {
		if (display.isDisposed()) {
			return;
		}
		boolean armed = arming.isArmed();
		if (armed || armedShown) {
			listeners.forEach(Runnable::run);
		}
		armedShown = armed;
		if (armed) {
			// wake at the next whole second of the countdown, or right at expiry
			long left = arming.remaining().toMillis();
			long next = left % 1000 == 0 ? 1000 : left % 1000;
			display.timerExec((int) Math.min(1000, next + 1), tick);
		}
	}

	void close() {
		arming.disarm();
		if (display.isDisposed()) {
			return;
		}
		// on the UI thread the countdown is cancelled at once, so no queued runnable keeps the closed model reachable
		if (Display.getCurrent() == display) {
			display.timerExec(-1, tick);
		} else {
			display.asyncExec(() -> display.timerExec(-1, tick));
		}
	}
}
