// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.twinworks.live.LiveOptions;
import org.twinworks.live.ServerTrust;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.model.SecurityModeKind;
import org.twinworks.model.SecurityPolicyKind;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.demo.SyntheticPlants;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sim.VirtualPlantLimits;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * What the live benchmarks share: a synthetic plant served by the virtual plant on 127.0.0.1 in counting mode,
 * and the item parameters both clients use (ours through the bindings, the bare client as constants), so the
 * two pipelines differ in nothing else.
 */
final class BenchPlants {
	static final double SAMPLING_MS = 100;
	static final int QUEUE = 10;
	static final Duration PUBLISHING = Duration.ofMillis(250);

	private BenchPlants() {
	}

	/** A synthetic plant with exactly {@code signals} active bindings, all Double (they carry counters). */
	static Plant plant(int signals) {
		Plant plant = SyntheticPlants.create(signals * 5, 7);
		List<Binding> all = plant.getTwin().getBindings();
		if (all.size() < signals) {
			throw new IllegalStateException("only " + all.size() + " bindings");
		}
		for (int i = 0; i < all.size(); i++) {
			Binding binding = all.get(i);
			binding.setActive(i < signals);
			binding.setSamplingInterval(SAMPLING_MS);
			binding.setQueueSize(QUEUE);
			binding.getSignal().setDataType(SignalDataType.DOUBLE);
		}
		return plant;
	}

	/** The sim in counting mode; {@code push}: items sampling at the tick's rate get its values pushed. */
	static VirtualPlant start(Plant plant, Path clientPki, Duration tick, VirtualPlantLimits limits, boolean push)
			throws Exception {
		return TestPlant.in(clientPki.resolveSibling(clientPki.getFileName() + "-sim")).serving(() -> plant)
				.trustClientOf(clientPki).configure(config -> config.labMode(true).countingValues(true)
						.pushTickValues(push).tickInterval(tick).limits(limits))
				.start();
	}

	/** The plant's endpoint on the running sim, security None in lab mode like the bare client's. */
	static Endpoint endpoint(Plant plant, VirtualPlant sim, Path clientPki) throws Exception {
		new LiveClient(clientPki.getParent(), clientPki).trust(sim);
		Endpoint endpoint = LiveClient.endpointOf(plant, sim);
		endpoint.setSecurityPolicy(SecurityPolicyKind.NONE);
		endpoint.setSecurityMode(SecurityModeKind.NONE);
		endpoint.setLabMode(true);
		return endpoint;
	}

	static LiveOptions options(Path clientPki) {
		return LiveOptions.builder().pkiDirectory(clientPki).serverTrust(ServerTrust.rejectAll())
				.publishingInterval(PUBLISHING).requestTimeout(Duration.ofSeconds(60)).build();
	}

	static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	static void print(String format, Object... args) {
		System.out.println("benchmark: " + String.format(format, args));
	}
}
