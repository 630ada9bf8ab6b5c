// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.ConnectionEvent;
import org.twinworks.live.ConnectionState;
import org.twinworks.live.DerivedStates;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveOptions;
import org.twinworks.live.LiveSession;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.SignalState;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.tests.live.harness.LiveClient;

/**
 * The connection breaks while the server lives on (a relay on 127.0.0.1 between client and plant): the session
 * comes back on the same server and its subscription simply goes on, so nothing but the client can bring the values
 * that did not change meanwhile. Staleness as the workbench derives it ({@link DerivedStates}, a day without update).
 */
class SessionComesBackTest {
	@TempDir
	static Path directory;

	private RelayedDemo demo;

	@AfterEach
	void stop() throws Exception {
		if (demo != null) {
			demo.close();
		}
	}

	@Test
	void constantItemsAreFreshAgainWhenTheSessionComesBackOnTheSameServer() throws Exception {
		Live live = start("dropped");
		try (live) {
			demo.relay().dropConnections();
			assertTrue(LivePlants.await(() -> has(live.events, ConnectionState.RECONNECTING), Duration.ofSeconds(10)),
					live.events.toString());
			assertTrue(LivePlants.await(() -> last(live.events) == ConnectionState.CONNECTED, Duration.ofSeconds(30)),
					live.events.toString());
			// before ResendData after a reconnect, the demo's constant signals stayed stale for good
			assertTrue(LivePlants.await(() -> live.stale().isEmpty(), Duration.ofSeconds(15)),
					() -> "still stale after the session came back: " + live.stale());
		}
	}

	@Test
	void aSilentCutShowsEveryItemStaleWithinTenSecondsAndFreshAgainAfterIt() throws Exception {
		Live live = start("stalled");
		try (live) {
			demo.relay().stall();
			// Milo's default keep-alive (5 s, 5 s to answer, one failure allowed) noticed a silent cut after 10-15 s
			assertTrue(LivePlants.await(() -> live.stale().size() == live.signals.size(), Duration.ofSeconds(10)),
					() -> "not stale 10 s into a silent cut: " + (live.signals.size() - live.stale().size()) + " of "
							+ live.signals.size() + "; events " + live.events);
			demo.relay().heal();
			assertTrue(LivePlants.await(() -> live.stale().isEmpty(), Duration.ofSeconds(20)),
					() -> "still stale 20 s after the cut: " + live.stale() + "; events " + live.events);
		}
	}

	@Test
	void itemsComeBackWhenTheirSubscriptionDiedWhileTheConnectionWasDown() throws Exception {
		Live live = start("expired");
		try (live) {
			demo.relay().stall();
			// the harness's 15 s cut, after which the server no longer knew the subscription (Republish:
			// Bad_SubscriptionIdInvalid) though the session came back: the subscription asked for Milo's lifetime of
			// 50 publishing intervals, computed for its 1 s default interval (5 s here, 12.5 s at 250 ms)
			Thread.sleep(15_000);
			demo.relay().heal();
			assertTrue(LivePlants.await(() -> live.stale().isEmpty(), Duration.ofSeconds(20)),
					() -> "still stale 20 s after a 15 s cut: " + live.stale().size() + " of " + live.signals.size()
							+ "; events " + live.events);
		}
	}

	@Test
	void itemsComeBackWhenTheServerEndedTheirSubscriptionWhileTheSessionLivedOn() throws Exception {
		// a lifetime shorter than the cut (the server raises it to its 10 s minimum): the server ends the
		// subscription (Bad_Timeout) while the session survives; Milo recreates subscriptions only after a transfer
		Live live = start("ended", Duration.ofSeconds(5));
		try (live) {
			demo.relay().stall();
			Thread.sleep(16_000);
			demo.relay().heal();
			assertTrue(LivePlants.await(() -> live.stale().isEmpty(), Duration.ofSeconds(20)),
					() -> "still stale 20 s after the subscription's lifetime ran out: " + live.stale().size() + " of "
							+ live.signals.size() + "; events " + live.events);
		}
	}

	@Test
	void itemsShowBadWhileTheServerRefusesToRecreateTheirSubscriptionAndComeBackWhenItAccepts() throws Exception {
		// as above, the server ends the subscription while the session lives on; then it refuses a new one for a while
		Live live = start("refused", Duration.ofSeconds(5));
		try (live) {
			demo.relay().stall();
			Thread.sleep(16_000);
			demo.sim().refuseNewSubscriptions(true);
			demo.relay().heal();
			// before, the refusal was logged and the recreation given up: the session was back, so every item kept its
			// last Good value, looking current though no value would ever come again
			assertTrue(LivePlants.await(() -> live.lost().size() == live.signals.size(), Duration.ofSeconds(20)),
					() -> "shown Bad_NoSubscription while the server refuses the subscription: " + live.lost().size()
							+ " of " + live.signals.size() + "; events " + live.events);
			int connectionEvents = live.events.size();
			// the next attempts, 1 s and 2 s later, are refused as well and bring no value
			Thread.sleep(3_000);
			assertEquals(live.signals.size(), live.lost().size(), "Bad while the server still refuses");
			demo.sim().refuseNewSubscriptions(false);
			// not Bad: a value came after the Bad one
			assertTrue(LivePlants.await(() -> live.stale().isEmpty(), Duration.ofSeconds(20)),
					() -> "still stale or Bad 20 s after the server accepts subscriptions again: " + live.stale().size()
							+ " of " + live.signals.size() + "; events " + live.events);
			assertEquals(connectionEvents, live.events.size(), () -> "the session reconnected: " + live.events);
		}
	}

	private Live start(String name) throws Exception {
		return start(name, null);
	}

	private Live start(String name, Duration subscriptionLifetime) throws Exception {
		demo = RelayedDemo.start(directory.resolve(name), config -> {
		});
		LiveClient client = demo.client();
		Plant plant = demo.plant();
		Endpoint endpoint = demo.endpoint();
		Live live = new Live();
		LiveOptions.Builder builder = LiveOptions.builder().pkiDirectory(client.pki())
				.serverTrust(ServerTrust.rejectAll()).listener(live.events::add).listener(live.states)
				.publishingInterval(Duration.ofMillis(100));
		if (subscriptionLifetime != null) {
			builder.subscriptionLifetime(subscriptionLifetime);
		}
		LiveOptions options = builder.build();
		live.session = LiveSession.connect(endpoint, options);
		live.attached = live.states.attach(live.store, Duration.ofMillis(40));
		List<Binding> bindings = LiveBindings.activeOn(plant, endpoint);
		live.signals = bindings.stream().map(Binding::getSignal).toList();
		live.session.subscribe(bindings, live.store);
		assertTrue(LivePlants.await(() -> live.stale().isEmpty(), Duration.ofSeconds(10)),
				() -> "stale before any fault: " + live.stale());
		return live;
	}

	private static boolean has(List<ConnectionEvent> events, ConnectionState state) {
		return events.stream().anyMatch(e -> e.state() == state);
	}

	private static ConnectionState last(List<ConnectionEvent> events) {
		return events.isEmpty() ? null : events.get(events.size() - 1).state();
	}

	/** A session, its store and the derived states the workbench would show. */
	private static final class Live implements AutoCloseable {
		final List<ConnectionEvent> events = LivePlants.events();
		final DerivedStates states = new DerivedStates(Duration.ofDays(1));
		final ValueStore store = new ValueStore(5, 10_000);
		LiveSession session;
		AutoCloseable attached;
		List<Signal> signals = List.of();

		/** The signals without a value, or stale, or Bad now. */
		List<String> stale() {
			return signals.stream().filter(s -> {
				SignalState state = states.state(s);
				return store.latest(s).isEmpty() || state.stale() || state.bad();
			}).map(Signal::getTag).toList();
		}

		/** The signals shown Bad because their subscription is gone. */
		List<String> lost() {
			return signals.stream().filter(s -> states.state(s).bad()
					&& store.latest(s).map(SignalValue::status).filter("Bad_NoSubscription"::equals).isPresent())
					.map(Signal::getTag).toList();
		}

		@Override
		public void close() throws Exception {
			if (attached != null) {
				attached.close();
			}
			if (session != null) {
				session.close();
			}
			store.close();
		}
	}
}
