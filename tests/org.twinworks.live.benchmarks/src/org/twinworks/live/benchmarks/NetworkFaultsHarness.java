// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.ConnectionEvent;
import org.twinworks.live.ConnectionState;
import org.twinworks.live.DerivedStates;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveOptions;
import org.twinworks.live.LiveSession;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * The network-faults harness of issue 19 (releng/reliability/run.sh network): a LiveSession feeding a ValueStore
 * from the demo plant's virtual plant, as the workbench wires them, through server restarts, servers dying with no
 * goodbye, network cuts shorter and longer than the keep-alive and the session timeout, and loss bursts. Per fault
 * it measures how long until every item shows stale or Bad, how long after the fault until every item has a fresh
 * Good value again, and the items left silently dead; it prints a table and fails when a target is missed. Not a
 * test (no *Test name): only run.sh runs it, inside a network namespace of its own.
 */
class NetworkFaultsHarness {
	private static final long POLL_MS = 50;
	/** How long after a fault's end an item may take before it counts as never recovered. */
	private static final Duration GIVE_UP = Duration.ofSeconds(60);
	/** Subscriptions report by exception, so staleness means "connection lost" (LiveModel.STALE_WITHOUT_UPDATE). */
	private static final Duration STALE_WITHOUT_UPDATE = Duration.ofDays(1);

	@TempDir
	static Path directory;

	private final List<ConnectionEvent> events = new CopyOnWriteArrayList<>();
	private long deadlineNanos;
	private int skipped;

	@Test
	void itemsRecoverFromServerRestartsAndNetworkFaults() throws Exception {
		int restarts = Integer.getInteger("twinworks.faults.restarts", 50);
		double minutes = Double.parseDouble(System.getProperty("twinworks.faults.minutes", "30"));
		deadlineNanos = System.nanoTime() + (long) (minutes * 60e9);
		LiveClient client = new LiveClient(directory);
		DerivedStates states = new DerivedStates(STALE_WITHOUT_UPDATE);
		List<FaultFigures> figures = new ArrayList<>();
		try (TestPlant server = TestPlant.in(directory).trustClientOf(client.pki())) {
			client.trust(server.start());
			Plant plant = client.demoPlant("client", server.sim());
			Endpoint endpoint = plant.getTwin().getEndpoints().get(0);
			// as the workbench's LiveConnections builds them
			LiveOptions options = LiveOptions.builder().pkiDirectory(client.pki()).serverTrust(ServerTrust.rejectAll())
					.publishingInterval(Duration.ofMillis(250)).listener(events::add).listener(states).build();
			int port = URI.create(server.sim().endpointUrl()).getPort();
			try (ValueStore store = new ValueStore(600, 100_000);
					LiveSession session = LiveSession.connect(endpoint, options);
					AutoCloseable attached = states.attach(store, Duration.ofMillis(40))) {
				List<Binding> all = LiveBindings.activeOn(plant, endpoint);
				session.subscribe(all, store);
				Thread.sleep(5_000);
				List<Binding> watched = WatchedItems.freshOf(all, states, store);
				System.out.println("network: demo plant on " + server.sim().endpointUrl() + ": " + watched.size()
						+ " of " + all.size() + " items Good and fresh at the start (only those are watched)");
				WatchedItems items = new WatchedItems(watched, states, store);
				Optional<LoopbackFirewall> firewall = LoopbackFirewall.forPort(port);

				FaultFigures restart = new FaultFigures("server restart (stop, start)", true);
				figures.add(restart);
				for (int i = 0; i < restarts; i++) {
					trial(restart, items, session, server::stop, server::start, 0, 1_000);
				}
				if (firewall.isPresent()) {
					LoopbackFirewall fw = firewall.get();
					FaultFigures abrupt = new FaultFigures("server dies, no goodbye (RST)", true);
					figures.add(abrupt);
					for (int i = 0; i < Math.max(1, restarts / 5); i++) {
						trial(abrupt, items, session, () -> {
							fw.reset();
							server.stop();
						}, () -> {
							fw.heal();
							server.start();
						}, 0, 1_000);
					}
					for (int[] cut : new int[][]{{3, 3}, {15, 3}, {40, 2}, {150, 1}}) {
						FaultFigures figure = new FaultFigures("network cut " + cut[0] + " s", cut[0] >= 15);
						figures.add(figure);
						for (int i = 0; i < cut[1]; i++) {
							trial(figure, items, session, fw::cut, fw::heal, cut[0], 12_000);
						}
					}
					FaultFigures loss = new FaultFigures("30 % packet loss for 15 s", false);
					figures.add(loss);
					for (int i = 0; i < 2; i++) {
						trial(loss, items, session, () -> fw.lose(0.3), fw::heal, 15, 12_000);
					}
				}
			}
		}
		System.out.println("network: " + FaultFigures.header());
		figures.forEach(f -> System.out.println("network: " + f.row()));
		System.out.println("network: targets: stale within " + FaultFigures.STALE_TARGET_S + " s, fresh again within "
				+ FaultFigures.RECOVERY_TARGET_S + " s, 0 silently dead items"
				+ (skipped > 0 ? "; " + skipped + " trial(s) skipped: out of time (--minutes)" : ""));
		List<String> misses = figures.stream().flatMap(f -> f.misses().stream()).toList();
		misses.forEach(m -> System.out.println("network: MISSED " + m));
		assertTrue(misses.isEmpty(), String.join("; ", misses));
	}

	/**
	 * One fault: {@code begin}, {@code lengthS} seconds, {@code end}; then watch until every item is fresh and stayed
	 * so for {@code settleMs} with the session connected (a cut may be noticed only after it ended), or give up.
	 */
	private void trial(FaultFigures figures, WatchedItems items, LiveSession session, Step begin, Step end, int lengthS,
			long settleMs) throws Exception {
		if (System.nanoTime() + (lengthS + GIVE_UP.toSeconds()) * 1_000_000_000L > deadlineNanos) {
			skipped++;
			return;
		}
		int eventsBefore = events.size();
		items.startTrial();
		long start = System.nanoTime();
		double staleS = -1;
		begin.run();
		long endAt = start + lengthS * 1_000_000_000L;
		while (System.nanoTime() < endAt) {
			staleS = noteStale(items, staleS, start);
			Thread.sleep(POLL_MS);
		}
		staleS = noteStale(items, staleS, start);
		end.run();
		long ended = System.nanoTime();
		long lastUnfresh = ended;
		boolean fresh = false;
		while (System.nanoTime() < ended + GIVE_UP.toNanos()) {
			staleS = noteStale(items, staleS, start);
			long now = System.nanoTime();
			fresh = items.allFresh();
			if (!fresh) {
				lastUnfresh = now;
			} else if (now - lastUnfresh >= settleMs * 1_000_000 && connected()) {
				break;
			}
			Thread.sleep(POLL_MS);
		}
		double recoveryS = fresh ? (lastUnfresh - ended) / 1e9 : -1;
		int dead = fresh ? 0 : items.silentlyDead(session);
		figures.add(staleS, recoveryS, dead, events.size() - eventsBefore);
		if (staleS < 0 && events.size() > eventsBefore) {
			List<String> live = items.neverStale();
			System.out.println("network:   the session was lost, but never shown stale: " + live.size() + " item(s) "
					+ live.subList(0, Math.min(5, live.size())));
		}
		System.out.printf("network: %s #%d: stale %s s, fresh again %s s, %d dead, events %s%n", figures.name(),
				figures.trials(), staleS < 0 ? "-" : String.format("%.2f", staleS),
				recoveryS < 0 ? "never" : String.format("%.2f", recoveryS), dead,
				events.subList(eventsBefore, events.size()).stream().map(e -> e.state().name()).toList());
	}

	private static double noteStale(WatchedItems items, double staleS, long start) {
		if (staleS < 0 && items.allSeenStale()) {
			return (System.nanoTime() - start) / 1e9;
		}
		return staleS;
	}

	private boolean connected() {
		return !events.isEmpty() && events.get(events.size() - 1).state() == ConnectionState.CONNECTED;
	}

	/** A step of a fault. */
	@FunctionalInterface
	private interface Step {
		void run() throws Exception;
	}
}
