// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.BindingStatus;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveSession;
import org.twinworks.live.Mismatch;
import org.twinworks.live.Reconciler;
import org.twinworks.live.Reconciliation;
import org.twinworks.live.SubscriptionReport;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Binding;
import org.twinworks.model.DeadbandKind;
import org.twinworks.model.Plant;
import org.twinworks.model.SignalDataType;
import org.twinworks.sim.ServerBehaviour;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sim.VirtualPlantLimits;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * The client against servers that are not like ours (the virtual plant told to behave like them): no EURange
 * (so a Percent deadband is refused), revised sampling and queues, a cap on items, small OperationLimits. A
 * binding must never die of a difference the client can work around, and every workaround is reported.
 */
class ThirdPartyServerTest {
	@TempDir
	Path directory;

	@Test
	void aPercentDeadbandRefusedForWantOfEURangeFallsBackToAnAbsoluteOneFromTheModelsRange() throws Exception {
		try (VirtualPlant sim = start(ServerBehaviour.STANDARD.withoutAnalogProperties(), VirtualPlantLimits.DEFAULT)) {
			Plant plant = LivePlants.demoPlant(directory, "client");
			List<Binding> bindings = LiveBindings.activeOn(plant, LivePlants.endpointOf(plant, sim));
			Binding ranged = rangedAnalog(bindings, 0);
			ranged.setDeadbandKind(DeadbandKind.PERCENT);
			ranged.setDeadbandValue(2.0);
			Binding unranged = rangedAnalog(bindings, 1);
			unranged.setDeadbandKind(DeadbandKind.PERCENT);
			unranged.setDeadbandValue(1.0);
			unranged.getSignal().setRangeLow(null);
			unranged.getSignal().setRangeHigh(null);
			double span = ranged.getSignal().getRangeHigh() - ranged.getSignal().getRangeLow();

			try (ValueStore store = new ValueStore(5, 10_000); LiveSession session = connect(plant, sim)) {
				SubscriptionReport report = session.subscribe(bindings, store);
				assertTrue(report.failed().isEmpty(), "no binding dies of its filter: " + report.failed());
				BindingStatus withRange = statusOf(report, ranged);
				assertNotNull(withRange.fallback(), "the fallback is reported");
				assertTrue(
						withRange.fallback().contains("Bad_MonitoredItemFilterUnsupported")
								&& withRange.fallback().contains("absolute deadband " + format(span * 0.02)),
						withRange.fallback());
				BindingStatus withoutRange = statusOf(report, unranged);
				assertTrue(withoutRange.fallback().endsWith("no deadband"), withoutRange.fallback());
				long percent = bindings.stream().filter(b -> b.getDeadbandKind() == DeadbandKind.PERCENT).count();
				assertTrue(percent > 2, "the demo has percent deadbands of its own");
				assertEquals(percent, report.adjusted().size(), "every percent deadband fell back, nothing else");
				assertTrue(
						LivePlants.await(() -> store.latest(ranged.getSignal()).isPresent()
								&& store.latest(unranged.getSignal()).isPresent(), Duration.ofSeconds(15)),
						"both fallen-back items deliver values");

				List<Mismatch> monitoring = Reconciler.monitoring(report);
				assertEquals(percent, monitoring.size());
				assertTrue(monitoring.stream().allMatch(
						m -> m.aspect() == Mismatch.Aspect.MONITORING && m.modelValue().contains("percent deadband")),
						monitoring.get(0).toString());
			}
		}
	}

	@Test
	void aPercentDeadbandOnAnAnalogItemWithEURangeIsTakenAsAsked() throws Exception {
		try (VirtualPlant sim = start(ServerBehaviour.STANDARD, VirtualPlantLimits.DEFAULT)) {
			Plant plant = LivePlants.demoPlant(directory, "client");
			List<Binding> bindings = LiveBindings.activeOn(plant, LivePlants.endpointOf(plant, sim));
			Binding ranged = rangedAnalog(bindings, 0);
			ranged.setDeadbandKind(DeadbandKind.PERCENT);
			ranged.setDeadbandValue(2.0);
			try (ValueStore store = new ValueStore(5, 10_000); LiveSession session = connect(plant, sim)) {
				SubscriptionReport report = session.subscribe(bindings, store);
				assertTrue(report.failed().isEmpty(), report.failed().toString());
				assertNull(statusOf(report, ranged).fallback(), "our own server supports it: nothing to fall back");
				assertTrue(report.adjusted().isEmpty(), report.adjusted().size() + " adjusted");
			}
		}
	}

	@Test
	void revisedSamplingIntervalsAndQueueSizesAreShownAndTheItemsRun() throws Exception {
		ServerBehaviour slow = ServerBehaviour.STANDARD.withMinimumSamplingInterval(1000).withMaxQueueSize(2);
		try (VirtualPlant sim = start(slow, VirtualPlantLimits.DEFAULT)) {
			Plant plant = LivePlants.demoPlant(directory, "client");
			List<Binding> bindings = LiveBindings.activeOn(plant, LivePlants.endpointOf(plant, sim));
			try (ValueStore store = new ValueStore(5, 10_000); LiveSession session = connect(plant, sim)) {
				SubscriptionReport report = session.subscribe(bindings, store);
				assertTrue(report.failed().isEmpty(), report.failed().toString());
				assertEquals(bindings.size(), report.adjusted().size(), "every item was revised");
				BindingStatus first = report.bindings().get(0);
				assertEquals(1000.0, first.revisedSamplingInterval());
				assertEquals(2L, first.revisedQueueSize());
				String expected = "sampling revised " + (long) first.binding().getSamplingInterval()
						+ " → 1000 ms; queue " + "revised " + first.binding().getQueueSize() + " → 2";
				assertEquals(expected, first.adjustments());
				assertTrue(LivePlants.await(() -> store.snapshot().size() == bindings.size(), Duration.ofSeconds(15)),
						"values for " + store.snapshot().size() + " of " + bindings.size());
			}
		}
	}

	@Test
	void aCapOnMonitoredItemsRefusesOnlyTheItemsOverItEachReported() throws Exception {
		try (VirtualPlant sim = start(ServerBehaviour.STANDARD,
				VirtualPlantLimits.DEFAULT.withMaxMonitoredItems(100, 100))) {
			Plant plant = LivePlants.demoPlant(directory, "client");
			List<Binding> bindings = LiveBindings.activeOn(plant, LivePlants.endpointOf(plant, sim));
			try (ValueStore store = new ValueStore(5, 10_000); LiveSession session = connect(plant, sim)) {
				SubscriptionReport report = session.subscribe(bindings, store);
				assertEquals(100, report.monitored());
				assertEquals(bindings.size() - 100, report.failed().size());
				assertTrue(report.failed().stream().allMatch(s -> s.status().contains("Bad_TooManyMonitoredItems")),
						report.failed().get(0).status());
				assertTrue(LivePlants.await(() -> store.snapshot().size() == 100, Duration.ofSeconds(15)),
						"values for " + store.snapshot().size() + " of the 100 taken");
			}
		}
	}

	@Test
	void smallOperationLimitsStillBrowseAndReconcileEveryBinding() throws Exception {
		try (VirtualPlant sim = start(ServerBehaviour.STANDARD.withMaxNodesPerCall(10), VirtualPlantLimits.DEFAULT)) {
			Plant plant = LivePlants.demoPlant(directory, "client");
			List<Binding> bindings = LiveBindings.activeOn(plant, LivePlants.endpointOf(plant, sim));
			try (LiveSession session = connect(plant, sim)) {
				Reconciliation reconciliation = Reconciler.reconcile(session.browser(), bindings);
				assertEquals(bindings.size(), reconciliation.nodes().size());
				assertTrue(reconciliation.mismatches().isEmpty(),
						"reads split to the server's limits find every node as the model has it: "
								+ reconciliation.mismatches());
				assertFalse(session.browser().children("nsu=http://opcfoundation.org/UA/;i=85").isEmpty(),
						"browsing works too");
			}
		}
	}

	private VirtualPlant start(ServerBehaviour behaviour, VirtualPlantLimits limits) throws Exception {
		LiveClient client = new LiveClient(directory);
		VirtualPlant sim = TestPlant.in(directory).trustClientOf(client.pki())
				.configure(config -> config.behaviour(behaviour).limits(limits)).start();
		client.trust(sim);
		return sim;
	}

	private LiveSession connect(Plant plant, VirtualPlant sim) throws Exception {
		LivePlants.endpointOf(plant, sim);
		return new LiveClient(directory).connect(plant, LivePlants.events()::add);
	}

	/** The n-th binding of a ranged floating-point signal. */
	private static Binding rangedAnalog(List<Binding> bindings, int n) {
		return bindings.stream()
				.filter(b -> b.getSignal().getDataType() == SignalDataType.DOUBLE
						|| b.getSignal().getDataType() == SignalDataType.FLOAT)
				.filter(b -> b.getSignal().getRangeLow() != null && b.getSignal().getRangeHigh() != null).skip(n)
				.findFirst().orElseThrow();
	}

	private static BindingStatus statusOf(SubscriptionReport report, Binding binding) {
		return report.bindings().stream().filter(s -> s.binding() == binding).findFirst().orElseThrow();
	}

	private static String format(double value) {
		return java.math.BigDecimal.valueOf(value).round(new java.math.MathContext(6)).stripTrailingZeros()
				.toPlainString();
	}
}
