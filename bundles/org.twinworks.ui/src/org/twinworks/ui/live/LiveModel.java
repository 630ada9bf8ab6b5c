package org.twinworks.ui.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
	private final List<EndpointConnection> connections = new ArrayList<>();
	private final Map<Signal, EndpointConnection> signalConnections = new ConcurrentHashMap<>();
	private final List<AutoCloseable> attachments = new ArrayList<>();
	private final Runnable ticker;
	private final LiveWrites writes;
	private volatile boolean closed;

	LiveModel(Plant plant, Display display, LiveConnections owner) {
		this.plant = plant;
		this.pump = new UiPump(display);
		this.writes = new LiveWrites(this, owner.audit(), display);
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
				if (connections.stream().anyMatch(EndpointConnection::hasSession)) {
					pump.tick();
				}
				display.timerExec(1000, this);
			}
		};
		display.timerExec(1000, ticker);
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

	/** The signal's value, state and connection now. */
	public LiveSignal signal(Signal signal) {
		EndpointConnection connection = signalConnections.get(signal);
		if (connection == null) {
			return LiveSignal.UNBOUND;
		}
		return new LiveSignal(store.latest(signal).orElse(null), states.state(signal), connection.state());
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

	List<Binding> bindingsOf(EndpointConnection connection) {
		List<Binding> bindings = LiveBindings.activeOn(plant, connection.endpoint());
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

	void close() {
		// any thread: the ticker sees the flag and stops rescheduling itself
		closed = true;
		writes.close();
		pump.close();
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
