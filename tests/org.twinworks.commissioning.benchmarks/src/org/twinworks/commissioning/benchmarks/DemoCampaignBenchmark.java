// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.benchmarks;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.commissioning.engine.CampaignRunner;
import org.twinworks.commissioning.engine.RunListener;
import org.twinworks.commissioning.engine.RunOptions;
import org.twinworks.commissioning.engine.RunSummary;
import org.twinworks.commissioning.engine.Stimulus;
import org.twinworks.commissioning.evidence.EvidenceChain;
import org.twinworks.commissioning.evidence.WorkstationKey;
import org.twinworks.commissioning.plan.CampaignPlanner;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.live.AuditLog;
import org.twinworks.live.LiveSession;
import org.twinworks.live.PlantStimulus;
import org.twinworks.model.Binding;
import org.twinworks.model.Plant;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * The full automated demo campaign (I/O, loop, alarm, interlock; writes armed; evidence into a real chain) against
 * the virtual plant on 127.0.0.1, wall time (target: at most 10 minutes); next to it, in the same run, what the
 * connection alone costs: one plain read of every bound node, one after the other.
 */
class DemoCampaignBenchmark {
	@TempDir
	Path dir;

	@Test
	void theWholeDemoCampaignAgainstTheVirtualPlant() throws Exception {
		LiveClient client = new LiveClient(dir);
		try (TestPlant server = TestPlant.in(dir).trustClientOf(client.pki())) {
			VirtualPlant sim = server.start();
			client.trust(sim);
			Plant plant = client.demoPlant("bench", sim);
			Campaign campaign = new CampaignPlanner(Clock.systemUTC()).plan(plant, "bench.twin", "hash",
					PlanOptions.wholePlant());
			try (LiveSession session = client.connect(plant, event -> {
			});
					EvidenceChain chain = EvidenceChain.open(dir.resolve("bench.twincx.chain"),
							WorkstationKey.loadOrCreate(dir.resolve("key")), Clock.systemUTC());
					AuditLog audit = AuditLog.open(dir.resolve("writes.log"), 16)) {
				List<Binding> bindings = plant.getTwin().getBindings();
				long start = System.nanoTime();
				for (Binding binding : bindings) {
					session.read(binding.getNodeId());
				}
				double reads = (System.nanoTime() - start) / 1e9;

				PlantStimulus found = PlantStimulus.find(session).orElseThrow();
				Stimulus stimulus = Stimulus.of(found);
				RunOptions options = RunOptions.defaults(Duration.ofMinutes(30), "bench", "bench");
				CampaignRunner runner = new CampaignRunner(plant, campaign, options,
						(kind, payload) -> chain.append(kind, payload).index(), Clock.systemUTC());
				start = System.nanoTime();
				RunSummary summary = runner.run(session, plant.getTwin().getEndpoints().get(0), campaign.getChecks(),
						stimulus, audit, dir.resolve("bench.twinrec"), RunListener.NONE);
				double wall = (System.nanoTime() - start) / 1e9;
				chain.checkpoint();

				Map<CheckKind, double[]> perKind = new EnumMap<>(CheckKind.class);
				for (Check check : campaign.getChecks()) {
					double[] sum = perKind.computeIfAbsent(check.getKind(), k -> new double[2]);
					sum[0]++;
					sum[1] += Duration.between(java.time.Instant.parse(check.getStarted()),
							java.time.Instant.parse(check.getFinished())).toMillis() / 1e3;
				}
				print("demo campaign: %d checks, %d passed, %d failed, %d pending, %d blocked in %.0f s wall "
						+ "(%d in parallel; target ≤ 600 s)", summary.total(), summary.passed(), summary.failed(),
						summary.pending(), summary.blocked(), wall, options.parallelism());
				perKind.forEach((kind, sum) -> print("  %-10s %4.0f checks, %6.1f s of check time, %5.1f s each",
						kind.getLiteral(), sum[0], sum[1], sum[1] / sum[0]));
				print("evidence: %,d chain records", chain.head().count());
				print("raw Milo reads of the %d bound nodes, one after the other: %.2f s", bindings.size(), reads);
			}
		}
	}

	private static void print(String format, Object... args) {
		System.out.println("benchmark: " + String.format(Locale.ROOT, format, args));
	}
}
