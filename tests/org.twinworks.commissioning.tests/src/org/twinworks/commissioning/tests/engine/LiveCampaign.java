// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.tests.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.twinworks.commissioning.engine.CampaignRunner;
import org.twinworks.commissioning.engine.RunListener;
import org.twinworks.commissioning.engine.RunOptions;
import org.twinworks.commissioning.engine.RunSummary;
import org.twinworks.commissioning.engine.Stimulus;
import org.twinworks.commissioning.evidence.EvidenceSink;
import org.twinworks.commissioning.plan.CampaignPlanner;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.live.AuditLog;
import org.twinworks.live.LiveSession;
import org.twinworks.live.PlantStimulus;
import org.twinworks.model.Plant;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * A campaign against a real virtual plant on 127.0.0.1: the demo plant served, the client's own copy of it planned,
 * and the engine run through a real secure session with the server's stimulus.
 */
final class LiveCampaign implements AutoCloseable {
	final Path directory;
	final TestPlant server;
	final VirtualPlant sim;
	final LiveClient client;
	final Plant plant;
	LiveSession session;

	LiveCampaign(Path directory) throws Exception {
		this.directory = directory;
		client = new LiveClient(directory);
		server = TestPlant.in(directory).trustClientOf(client.pki());
		sim = server.start();
		client.trust(sim);
		plant = client.demoPlant("client", sim);
		session = client.connect(plant, event -> {
		});
	}

	/** A session subscribes once: the next run (as a new `commission run` does) gets a session of its own. */
	void newSession() throws Exception {
		session.close();
		session = client.connect(plant, event -> {
		});
	}

	Campaign plan(PlanOptions options) {
		return new CampaignPlanner(Clock.systemUTC()).plan(plant, "client.twin", "hash", options);
	}

	RunSummary run(Campaign campaign, List<Check> checks, Duration armFor, EvidenceSink sink) throws Exception {
		return run(new CampaignRunner(plant, campaign, RunOptions.defaults(armFor, "tester", "test"), sink,
				Clock.systemUTC()), checks, armFor);
	}

	/** Runs with {@code listener} told of every check and step. */
	RunSummary run(Campaign campaign, List<Check> checks, Duration armFor, RunListener listener) throws Exception {
		return run(new CampaignRunner(plant, campaign, RunOptions.defaults(armFor, "tester", "test"), EvidenceSink.NONE,
				Clock.systemUTC()), checks, armFor, listener);
	}

	CampaignRunner runner(Campaign campaign, Duration armFor) {
		return new CampaignRunner(plant, campaign, RunOptions.defaults(armFor, "tester", "test"), EvidenceSink.NONE,
				Clock.systemUTC());
	}

	/** For running on another thread: any failure becomes unchecked. */
	RunSummary run(CampaignRunner runner, Campaign campaign, List<Check> checks, Duration armFor) {
		try {
			return run(runner, checks, armFor);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private RunSummary run(CampaignRunner runner, List<Check> checks, Duration armFor) throws Exception {
		return run(runner, checks, armFor, RunListener.NONE);
	}

	private RunSummary run(CampaignRunner runner, List<Check> checks, Duration armFor, RunListener listener)
			throws Exception {
		Stimulus stimulus = stimulus(session);
		try (AuditLog audit = armFor.isZero() ? null : AuditLog.open(directory.resolve("writes.log"), 16)) {
			return runner.run(session, plant.getTwin().getEndpoints().get(0), checks, stimulus, audit,
					directory.resolve("run-" + System.nanoTime() + ".twinrec"), listener);
		}
	}

	static Stimulus stimulus(LiveSession session) throws Exception {
		Optional<PlantStimulus> found = PlantStimulus.find(session);
		PlantStimulus plant = found.orElseThrow(() -> new AssertionError("the virtual plant offers no stimulus"));
		return Stimulus.of(plant);
	}

	@Override
	public void close() throws IOException {
		session.close();
		server.close();
	}
}
