// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.events.tests.LiveDetectorFeed;
import org.twinworks.events.tests.CollectedFrames;
import org.twinworks.events.EventFrame;
import org.twinworks.events.shadow.ShadowDetector;
import org.twinworks.events.shadow.ShadowKind;
import org.twinworks.events.shadow.ShadowProvider;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveSession;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.sim.Fault;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * The demo plant served on 127.0.0.1 with every shadow the plant has: a healthy run flags nothing; then TK-101's
 * outlet (XV-201..203, towards P-401) is secretly closed by fault injection, the valves still reading open, and the
 * tank's shadow flags TK-101 within as long as the healthy run lasted.
 */
class ShadowLiveTest {
	/** Long enough for a closed outlet to build up beyond 5 % of the level's span and hold it for 10 s. */
	private static final Duration RUN = Duration.ofSeconds(100);

	@TempDir
	Path directory;

	@Test
	void aSecretlyClosedOutletIsFlaggedOnItsTankAndAHealthyRunFlagsNothing() throws Exception {
		LiveClient client = new LiveClient(directory);
		try (TestPlant server = TestPlant.in(directory).trustClientOf(client.pki())) {
			VirtualPlant sim = server.start();
			client.trust(sim);
			Plant plant = client.demoPlant("shadow", sim);
			Endpoint endpoint = LiveClient.endpointOf(plant, sim);
			List<ShadowDetector> shadows = new ShadowProvider().shadowsOf(plant);
			ShadowDetector tank = shadows.stream().filter(s -> s.compared().getTag().equals("LT-101.PV")).findFirst()
					.orElseThrow();
			assertEquals(ShadowKind.TANK, tank.kind());
			assertEquals("TK-101", tank.equipment().getTag());
			List<Binding> bindings = LiveBindings.activeOn(plant, endpoint);
			CollectedFrames frames = new CollectedFrames();
			try (ValueStore store = new ValueStore(100, 10_000); LiveSession session = client.connect(plant, event -> {
			}); LiveDetectorFeed feed = new LiveDetectorFeed(shadows, frames, store)) {
				session.subscribe(bindings, store);
				assertTrue(await(() -> !Double.isNaN(tank.expected()), Duration.ofSeconds(20)),
						"the tank's shadow starts once its inputs arrive");
				Thread.sleep(RUN.toMillis());
				assertEquals(List.of(), frames.openedSnapshot(), "a healthy run flags nothing");
				assertTrue(tank.curve().samples().size() >= RUN.toSeconds() / 2 - 5,
						"both curves kept: " + tank.curve().samples().size());

				for (String valve : List.of("XV-201.ZSO", "XV-202.ZSO", "XV-203.ZSO")) {
					sim.inject(valve, Fault.blocked());
				}
				assertTrue(await(() -> !frames.openedSnapshot().isEmpty(), RUN), "the closed outlet is found: expected "
						+ tank.expected() + ", " + tank.curve().latest().orElseThrow());
				EventFrame frame = frames.openedSnapshot().get(0);
				assertEquals(ShadowDetector.SOURCE, frame.source());
				assertEquals("TK-101", frame.equipment().getTag(), frame.message());
				assertTrue((Double) frame.atStart().get("deviation") > 0, "the level rises faster: " + frame);
				assertEquals(1, frames.openedSnapshot().size(), "nothing else: " + frames.openedSnapshot());
			}
		}
	}

	private static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(100);
		}
		return condition.getAsBoolean();
	}
}
