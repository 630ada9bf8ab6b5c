package org.twinworks.live.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveOptions;
import org.twinworks.live.LivePki;
import org.twinworks.live.LiveSession;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.SignalValue;
import org.twinworks.live.SubscriptionReport;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.model.SecurityModeKind;
import org.twinworks.model.SecurityPolicyKind;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.demo.SyntheticPlants;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sim.VirtualPlantConfig;
import org.twinworks.sim.VirtualPlantLimits;

/**
 * The live pipeline under load, against the virtual plant in counting mode (every value is the tick number, so
 * gaps are lost values), next to a bare Milo client in the same run. Prints figures; asserts nothing.
 */
class LiveBenchmark {
	private static final int SIGNALS = 20_000;
	private static final double SAMPLING_MS = 100;
	private static final int QUEUE = 10;
	private static final Duration PUBLISHING = Duration.ofMillis(250);
	// a 100 ms sampler sees every value of a 200 ms tick (Milo's server samples; at equal periods it aliases)
	private static final Duration TICK = Duration.ofMillis(200);
	// the virtual plant runs in this JVM: its tick and sampler must be compiled before values are counted
	private static final Duration WARM_UP = Duration.ofSeconds(8);
	private static final Duration MEASURE = Duration.ofSeconds(10);

	@TempDir
	Path directory;

	@Test
	void throughputLatencyAndLossAgainstABareMiloClient() throws Exception {
		Plant plant = plant(SIGNALS);
		Path clientPki = directory.resolve("client-pki");
		try (VirtualPlant sim = start(plant, clientPki, TICK, VirtualPlantLimits.DEFAULT)) {
			Endpoint endpoint = endpoint(plant, sim, clientPki);
			List<Binding> bindings = LiveBindings.activeOn(plant, endpoint);
			Counters store = new Counters();
			Counters listener = new Counters();
			try (ValueStore values = new ValueStore(10, 400_000);
					LiveSession session = LiveSession.connect(endpoint, options(clientPki))) {
				values.onApplied(c -> store.value(c.signal(), c.value().value(), c.value().sourceTime(),
						c.value().statusCode()));
				values.addListener(batch -> batch.forEach(c -> listener.latency(c.value().sourceTime())),
						Duration.ofMillis(50));
				long t0 = System.nanoTime();
				SubscriptionReport report = session.subscribe(bindings, values);
				print("ours: %,d items created in %.2f s (%d refused)", report.monitored(), seconds(t0),
						report.failed().size());
				measure(store, listener);
				print("ours: %,.0f notifications/s, dropped by the server for us (Overflow bit) %d, dropped by the store %d,"
						+ " duplicates %d; counter gaps %d (values the server's sampler never saw, see README)",
						store.perSecond(), store.overflows(), values.dropped(), store.duplicates(), store.lost());
				print("ours: latency source->store p50 %d ms, p99 %d ms; source->coalesced listener (50 ms) p50 %d ms,"
						+ " p99 %d ms", store.percentileMs(0.5), store.percentileMs(0.99), listener.percentileMs(0.5),
						listener.percentileMs(0.99));
			}
			Counters bare = new Counters();
			long t0 = System.nanoTime();
			try (BareMiloClient client = BareMiloClient.subscribe(sim.endpointUrl(),
					bindings.stream().map(Binding::getNodeId).toList(), SAMPLING_MS, QUEUE, PUBLISHING.toMillis(),
					bare)) {
				print("bare Milo: %,d items created in %.2f s", bindings.size(), seconds(t0));
				measure(bare, null);
				print("bare Milo: %,.0f notifications/s, dropped by the server (Overflow bit) %d, duplicates %d; counter"
						+ " gaps %d; latency p50 %d ms, p99 %d ms", bare.perSecond(), bare.overflows(), bare.duplicates(),
						bare.lost(), bare.percentileMs(0.5), bare.percentileMs(0.99));
			}
			print("ratio ours/bare: %.2f (goal >= 0.8)", store.perSecond() / bare.perSecond());
		}
	}

	@Test
	void creatingFiftyThousandItems() throws Exception {
		Plant plant = plant(50_000);
		Path clientPki = directory.resolve("client-pki-50k");
		VirtualPlantLimits limits = VirtualPlantLimits.DEFAULT.withMaxMonitoredItems(60_000, 200_000)
				.withMaxMessageSize(16 * 1024 * 1024);
		try (VirtualPlant sim = start(plant, clientPki, Duration.ofSeconds(1), limits)) {
			Endpoint endpoint = endpoint(plant, sim, clientPki);
			List<Binding> bindings = LiveBindings.activeOn(plant, endpoint);
			try (ValueStore values = new ValueStore(1, 400_000);
					LiveSession session = LiveSession.connect(endpoint, options(clientPki))) {
				long t0 = System.nanoTime();
				SubscriptionReport report = session.subscribe(bindings, values);
				double created = seconds(t0);
				long t1 = System.nanoTime();
				while (values.snapshot().size() < report.monitored() && seconds(t1) < 30) {
					Thread.sleep(20);
				}
				print("ours: %,d items created in %.2f s (goal <= 5 s), %d refused; first value of all %,d within %.2f s"
						+ " more", report.monitored(), created, report.failed().size(), values.snapshot().size(),
						seconds(t1));
			}
		}
	}

	@Test
	void historyMemoryOfTwentyThousandSignalsTenMinutesAtOneHertz() throws Exception {
		int perSignal = 600;
		Plant plant = plant(SIGNALS);
		List<Binding> bindings = LiveBindings.activeOn(plant, plant.getTwin().getEndpoints().get(0));
		long before = usedHeapAfterGc();
		ValueStore store = new ValueStore(perSignal, 100_000);
		Instant t0 = Instant.now();
		for (int i = 0; i < perSignal; i++) {
			Instant time = t0.plusSeconds(i);
			for (Binding binding : bindings) {
				// as Milo delivers them: a boxed Double and two timestamps per value
				store.put(binding.getSignal(),
						new SignalValue(Math.random() * 100, 0, "Good", time.plusNanos(1), time.plusNanos(2)));
			}
		}
		Binding lastBinding = bindings.get(bindings.size() - 1);
		while (store.history(lastBinding.getSignal()).size() < perSignal) {
			Thread.sleep(20);
		}
		long after = usedHeapAfterGc();
		long values = (long) perSignal * bindings.size();
		print("history: %,d signals x %d values (10 min at 1 Hz) = %,d values retain %,d MB, %d bytes per value",
				bindings.size(), perSignal, values, (after - before) / 1_048_576, (after - before) / values);
		store.close();
	}

	private void measure(Counters first, Counters second) throws InterruptedException {
		Thread.sleep(WARM_UP.toMillis());
		first.start();
		if (second != null) {
			second.start();
		}
		Thread.sleep(MEASURE.toMillis());
		first.stop();
		if (second != null) {
			second.stop();
		}
	}

	/** A synthetic plant with exactly {@code signals} active bindings, all Double (they carry counters). */
	private static Plant plant(int signals) {
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

	private static VirtualPlant start(Plant plant, Path clientPki, Duration tick, VirtualPlantLimits limits)
			throws Exception {
		Path simPki = clientPki.resolveSibling(clientPki.getFileName() + "-sim");
		return VirtualPlant.start(plant, VirtualPlantConfig.builder(simPki).port(0).labMode(true).countingValues(true)
				.tickInterval(tick).limits(limits).trustClient(LivePki.applicationCertificate(clientPki)).build());
	}

	/** The plant's endpoint on the running sim, security None in lab mode like the bare client's. */
	private static Endpoint endpoint(Plant plant, VirtualPlant sim, Path clientPki) throws Exception {
		Path trusted = LivePki.trustedDirectory(clientPki);
		Files.createDirectories(trusted);
		Files.write(trusted.resolve("sim.der"), sim.certificate().getEncoded());
		Endpoint endpoint = plant.getTwin().getEndpoints().get(0);
		endpoint.setUrl(sim.endpointUrl());
		endpoint.setSecurityPolicy(SecurityPolicyKind.NONE);
		endpoint.setSecurityMode(SecurityModeKind.NONE);
		endpoint.setLabMode(true);
		return endpoint;
	}

	private static LiveOptions options(Path clientPki) {
		return LiveOptions.builder().pkiDirectory(clientPki).serverTrust(ServerTrust.rejectAll())
				.publishingInterval(PUBLISHING).requestTimeout(Duration.ofSeconds(60)).build();
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private static void print(String format, Object... args) {
		System.out.println("benchmark: " + String.format(format, args));
	}
}
