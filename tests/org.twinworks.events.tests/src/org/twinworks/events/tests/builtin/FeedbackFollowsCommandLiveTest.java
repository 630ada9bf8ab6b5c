// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.events.tests.LiveDetectorFeed;
import org.twinworks.events.tests.CollectedFrames;
import org.twinworks.events.Detector;
import org.twinworks.events.EventFrame;
import org.twinworks.events.builtin.FeedbackFollowsCommand;
import org.twinworks.events.builtin.FeedbackFollowsCommandProvider;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveSession;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.sim.Fault;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * The demo plant served on 127.0.0.1: P-101's running feedback stuck by fault injection, its start command
 * written through a real session; the detector, fed from the value store in time order, finds it, and not on P-102
 * whose feedback follows.
 */
class FeedbackFollowsCommandLiveTest {
	private static final Duration ALLOWED = Duration.ofSeconds(2);

	@TempDir
	Path directory;

	@Test
	void aStuckRunFeedbackOpensAFrameAndClosesWhenTheFaultIsCleared() throws Exception {
		LiveClient client = new LiveClient(directory);
		try (TestPlant server = TestPlant.in(directory).trustClientOf(client.pki())) {
			VirtualPlant sim = server.start();
			client.trust(sim);
			Plant plant = client.demoPlant("events", sim);
			Endpoint endpoint = LiveClient.endpointOf(plant, sim);
			List<Detector> detectors = new FeedbackFollowsCommandProvider(ALLOWED, 0.02).detectorsFor(plant).stream()
					.filter(d -> List.of("P-101.CMD", "P-102.CMD")
							.contains(((FeedbackFollowsCommand) d).command().getTag()))
					.toList();
			assertEquals(2, detectors.size());
			Signal cmd101 = ((FeedbackFollowsCommand) detectors.get(0)).command();
			Signal cmd102 = ((FeedbackFollowsCommand) detectors.get(1)).command();
			List<Binding> bindings = LiveBindings.activeOn(plant, endpoint);
			CollectedFrames frames = new CollectedFrames();
			try (ValueStore store = new ValueStore(100, 10_000); LiveSession session = client.connect(plant, event -> {
			}); LiveDetectorFeed feed = new LiveDetectorFeed(detectors, frames, store)) {
				session.subscribe(bindings, store);
				assertTrue(await(() -> store.latest(cmd101).isPresent() && store.latest(cmd102).isPresent(),
						Duration.ofSeconds(15)), "command values arrive");
				Signal run101 = ((FeedbackFollowsCommand) detectors.get(0)).feedback();
				Signal run102 = ((FeedbackFollowsCommand) detectors.get(1)).feedback();
				// both pumps running first (a stop is never held back by an interlock, a start can be)
				write(session, bindings, cmd101, true);
				write(session, bindings, cmd102, true);
				assertTrue(await(() -> running(store, run101) && running(store, run102), Duration.ofSeconds(15)),
						"both pumps run: " + store.latest(run101) + ", " + store.latest(run102));
				sim.inject("P-101.RUN", Fault.stuck());
				// the fault is adopted at the plant's next tick: a write adopted in that same tick would move RUN
				// before it froze
				long injectedAt = sim.ticks();
				assertTrue(await(() -> sim.ticks() >= injectedAt + 2, Duration.ofSeconds(5)), "the plant ticks");
				Instant written = Instant.now();
				write(session, bindings, cmd101, false);
				write(session, bindings, cmd102, false);
				assertTrue(
						await(() -> !frames.openedBy(FeedbackFollowsCommand.SOURCE).isEmpty(), Duration.ofSeconds(15)),
						"the stuck feedback is found: " + store.latest(cmd101) + ", " + store.latest(run101));
				EventFrame frame = frames.openedBy(FeedbackFollowsCommand.SOURCE).get(0);
				assertEquals("P-101", frame.equipment().getTag());
				assertTrue(!frame.start().isBefore(written.plus(ALLOWED).minusMillis(500)),
						"not before the time allowed: written " + written + ", opened " + frame.start());
				sim.clear("P-101.RUN");
				assertTrue(
						await(() -> !frames.closedBy(FeedbackFollowsCommand.SOURCE).isEmpty(), Duration.ofSeconds(15)),
						"the feedback follows once the fault is cleared");
				Thread.sleep(ALLOWED.toMillis() + 500);
				assertEquals(1, frames.opened.size(), "P-102 followed its command: " + frames.opened);
			}
		}
	}

	private static void write(LiveSession session, List<Binding> bindings, Signal signal, boolean value)
			throws Exception {
		Binding binding = bindings.stream().filter(b -> b.getSignal() == signal).findFirst().orElseThrow();
		session.write(binding.getNodeId(), SignalDataType.BOOLEAN, value);
	}

	private static boolean running(ValueStore store, Signal run) {
		return store.latest(run).map(v -> Boolean.TRUE.equals(v.value())).orElse(false);
	}

	private static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(50);
		}
		return condition.getAsBoolean();
	}
}
