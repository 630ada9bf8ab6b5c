// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.twinworks.live.DerivedStates;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * The live side of one open model: its value store and derived states (shared by all its endpoints), one
 * {@link EndpointConnection} per endpoint, and the pump that brings changes to the UI thread once per frame.
 */
public final class LiveModel {
	/** Store deliveries to the UI pump: under a frame's worth, so the pump, not the store, sets the pace. */
	private static final Duration PUMP_INTERVAL = Duration.ofMillis(40);
	/**
	 * Subscriptions report by exception: an unchanged value is not sent again, so while the session lives the
	 * last value is current. Stale therefore means "the connection was lost"; this bound only catches a value
	 * that sat unchanged for a very long time.
	 */
	static final Duration STALE_WITHOUT_UPDATE = Duration.ofDays(1);

	private final Plant plant;
	private final ValueStore store = new ValueStore(600, 100_000);
	private final DerivedStates states = new DerivedStates(STALE_WITHOUT_UPDATE);
	private final UiPump pump;
	// UI thread writes (the twin's endpoints followed), any thread reads
	private final List<EndpointConnection> connections = new CopyOnWriteArrayList<>();
	private final Map<Signal, EndpointConnection> signalConnections = new ConcurrentHashMap<>();
	private final List<AutoCloseable> attachments = new ArrayList<>();
	private final Runnable ticker;
	private final LiveWrites writes;
	private final LiveConnections owner;
	private volatile boolean closed;
	// UI thread: a model is either live (its sessions feed the store) or replaying a recording, never both
	private volatile Replay replay;
	private volatile Set<Signal> replayBound = Set.of();
	private volatile LiveRecording recording;
	// UI thread writes, any reads: replaced whole when the bindings change, so readers can compare identities
	private volatile Set<Signal> bound;
	private final BindingWatcher watcher;

	LiveModel(Plant plant, Display display, LiveConnections owner) {
		this.plant = plant;
		this.owner = owner;
		this.pump = new UiPump(display);
		this.writes = new LiveWrites(this, owner.audit(), display);
		// registered first, so the changes of a playback step are marked before any view reads them
		pump.addListener(update -> {
			if (replay != null) {
				replay.step();
			}
		});
		attachments.add(states.attach(store, PUMP_INTERVAL));
		attachments.add(store.addListener(pump, PUMP_INTERVAL));
		if (plant.getTwin() != null) {
			for (Endpoint endpoint : plant.getTwin().getEndpoints()) {
				connections.add(new EndpointConnection(this, endpoint, owner));
			}
		}
		// ages and staleness move with the clock alone: one tick a second while anything is connected
		ticker = new Runnable() {
			@Override
			public void run() {
				if (display.isDisposed() || closed) {
					return;
				}
				if (replay != null || connections.stream().anyMatch(EndpointConnection::hasSession)) {
					pump.tick();
				}
				display.timerExec(1000, this);
			}
		};
		display.timerExec(1000, ticker);
		bound = Set.copyOf(PrimarySignals.bound(plant));
		watcher = new BindingWatcher(plant, display, this::bindingsChanged);
	}

	/**
	 * The signals with an active binding on an endpoint, now. A new set (never the same instance) after every
	 * command that changed the bindings, so overlays and probes see at once what was bound or unbound.
	 */
	public Set<Signal> boundSignals() {
		return bound;
	}

	/**
	 * The bindings changed (once per command, UI thread): connected endpoints resubscribe in a job, signals no
	 * longer bound stop counting as bound, and every view refreshes.
	 */
	void bindingsChanged() {
		if (closed) {
			return;
		}
		followEndpoints();
		bound = Set.copyOf(PrimarySignals.bound(plant));
		for (EndpointConnection connection : connections) {
			if (connection.hasSession() || connection.busy()) {
				Set<Signal> before = signalsOn(connection);
				Job update = connection.resubscribe();
				Set<Signal> unbound = new HashSet<>(before);
				unbound.removeAll(signalsOn(connection));
				// a value the old subscription delivered before the job removed it must not stay either
				update.addJobChangeListener(new JobChangeAdapter() {
					@Override
					public void done(IJobChangeEvent event) {
						unbound.stream().filter(signal -> !signalConnections.containsKey(signal))
								.forEach(store::forget);
					}
				});
			} else {
				forgetUnbound(connection, LiveBindings.activeOn(plant, connection.endpoint()));
			}
		}
		pump.connectionChanged();
		owner.connectionsChanged();
	}

	/**
	 * An endpoint added to the twin gets its connection at once (listed in the Connections view, connected when
	 * the user says so); a removed one's session closes in the background and its signals stop counting as bound.
	 */
	private void followEndpoints() {
		List<Endpoint> endpoints = plant.getTwin() == null ? List.of() : plant.getTwin().getEndpoints();
		List<EndpointConnection> gone = new ArrayList<>();
		for (EndpointConnection connection : connections) {
			if (!endpoints.contains(connection.endpoint())) {
				gone.add(connection);
			}
		}
		for (Endpoint endpoint : endpoints) {
			if (connections.stream().noneMatch(c -> c.endpoint() == endpoint)) {
				connections.add(new EndpointConnection(this, endpoint, owner));
			}
		}
		if (gone.isEmpty()) {
			return;
		}
		connections.removeAll(gone);
		for (EndpointConnection connection : gone) {
			forgetUnbound(connection, List.of());
		}
		Job close = Job.create("Closing the sessions of removed endpoints", monitor -> {
			gone.forEach(EndpointConnection::cancelRunningJob);
			gone.forEach(EndpointConnection::closeSession);
		});
		close.setSystem(true);
		close.schedule();
	}

	private void forgetUnbound(EndpointConnection connection, List<Binding> bindings) {
		Set<Signal> stillBound = new HashSet<>();
		bindings.forEach(b -> stillBound.add(b.getSignal()));
		Set<Signal> unbound = new HashSet<>();
		signalConnections.forEach((signal, on) -> {
			if (on == connection && !stillBound.contains(signal)) {
				unbound.add(signal);
			}
		});
		for (Signal signal : unbound) {
			signalConnections.remove(signal, connection);
			// its last value must not show again for a moment when it is bound again
			store.forget(signal);
		}
	}

	private Set<Signal> signalsOn(EndpointConnection connection) {
		Set<Signal> signals = new HashSet<>();
		signalConnections.forEach((signal, on) -> {
			if (on == connection) {
				signals.add(signal);
			}
		});
		return signals;
	}

	public Plant plant() {
		return plant;
	}

	public ValueStore store() {
		return store;
	}

	public DerivedStates states() {
		return states;
	}

	/** Arming and guarded writes to this model's plant. */
	public LiveWrites writes() {
		return writes;
	}

	/** The connection {@code signal} is subscribed on, or null while it is not. */
	EndpointConnection connectionOf(Signal signal) {
		return signalConnections.get(signal);
	}

	public List<EndpointConnection> connections() {
		return List.copyOf(connections);
	}

	/** The signal's value, state and connection now (or at the playback position). */
	public LiveSignal signal(Signal signal) {
		Replay playing = replay;
		if (playing != null) {
			if (!replayBound.contains(signal)) {
				return LiveSignal.UNBOUND;
			}
			return LiveSignal.replayed(store.latest(signal).orElse(null), states.state(signal),
					playing.changed(signal));
		}
		EndpointConnection connection = signalConnections.get(signal);
		if (connection == null) {
			return LiveSignal.UNBOUND;
		}
		return new LiveSignal(store.latest(signal).orElse(null), states.state(signal), connection.state());
	}

	/** The time values are shown at: the playback position while replaying, else the wall clock. */
	public Instant now() {
		Replay playing = replay;
		return playing != null ? playing.position() : Instant.now();
	}

	/** Any endpoint has a session (connected, or trying to stay so). */
	public boolean live() {
		return connections.stream().anyMatch(EndpointConnection::hasSession);
	}

	/** The recording being played back, or null while the model is live or idle. UI thread. */
	public Replay replay() {
		return replay;
	}

	/** The recording being written, or null. UI thread. */
	public LiveRecording recording() {
		return recording;
	}

	/**
	 * Starts appending every value that reaches the store to {@code file} (the live core's crash-safe format).
	 * UI thread; only while live, since a recording of a playback would only copy a file.
	 */
	public LiveRecording startRecording(Path file) throws IOException {
		if (recording != null) {
			throw new IllegalStateException("already recording to " + recording.file());
		}
		if (replay != null) {
			throw new IllegalStateException("a playback is not recorded; return to live first");
		}
		List<Binding> bindings = new ArrayList<>();
		for (EndpointConnection connection : connections) {
			bindings.addAll(LiveBindings.activeOn(plant, connection.endpoint()));
		}
		String endpoint = connections.isEmpty() ? "" : connections.get(0).endpoint().getUrl();
		recording = new LiveRecording(file, store, endpoint, bindings, PUMP_INTERVAL);
		pump.connectionChanged();
		return recording;
	}

	/** Stops recording and closes the file (forced to disk); returns it, or null when none was recorded. */
	public Path stopRecording() throws IOException {
		LiveRecording current = recording;
		recording = null;
		if (current == null) {
			return null;
		}
		current.close();
		pump.connectionChanged();
		return current.file();
	}

	/**
	 * Plays {@code file} back through this model's own store, positioned at its start and paused. Refused while
	 * any endpoint has a session: a model cannot be live and playing at once (disconnect first).
	 */
	public Replay openRecording(Path file) throws IOException {
		if (live()) {
			throw new IllegalStateException("disconnect " + plant.getName() + " before playing a recording back");
		}
		closeReplay();
		replayBound = PrimarySignals.bound(plant);
		replay = new Replay(file, plant, store);
		pump.connectionChanged();
		owner.connectionsChanged();
		return replay;
	}

	/** Ends the playback; the store forgets the recorded values, so nothing recorded passes for live. */
	public void closeReplay() {
		Replay current = replay;
		replay = null;
		if (current == null) {
			return;
		}
		current.close();
		try {
			store.clear();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		pump.connectionChanged();
		owner.connectionsChanged();
	}

	public void addListener(LiveModelListener listener) {
		pump.addListener(listener);
	}

	public void removeListener(LiveModelListener listener) {
		pump.removeListener(listener);
	}

	/** UI batches delivered so far (tests and benchmarks check there is at most one per frame). */
	public long uiDeliveries() {
		return pump.deliveries();
	}

	/** {@code System.nanoTime()} when the latest UI batch began (benchmarks measure the gaps between batches). */
	public long uiDeliveryStartNanos() {
		return pump.lastDeliveryStart();
	}

	/** Nanoseconds the UI thread spent handing batches to every listener so far (benchmarks). */
	public long uiDeliveryNanos() {
		return pump.deliveryNanos();
	}

	List<Binding> bindingsOf(EndpointConnection connection) {
		List<Binding> bindings = LiveBindings.activeOn(plant, connection.endpoint());
		forgetUnbound(connection, bindings);
		bindings.forEach(b -> signalConnections.put(b.getSignal(), connection));
		return bindings;
	}

	/** Called on any thread when one of the connections changed state. */
	void connectionChanged() {
		pump.connectionChanged();
	}

	DerivedStates statesListener() {
		return states;
	}

	/** Stops hearing the model's edits; UI thread, before {@link #close()} runs in the background. */
	void detach() {
		watcher.dispose();
	}

	void close() {
		// any thread: the ticker sees the flag and stops rescheduling itself
		closed = true;
		writes.close();
		pump.close();
		Replay playing = replay;
		if (playing != null) {
			playing.close();
		}
		try {
			stopRecording();
		} catch (IOException e) {
			org.eclipse.core.runtime.ILog.of(LiveModel.class).warn("Could not close the recording: " + e.getMessage());
		}
		for (AutoCloseable attachment : attachments) {
			try {
				attachment.close();
			} catch (Exception e) {
				// a cancelled schedule cannot fail in a way that matters here
			}
		}
		store.close();
	}
}
