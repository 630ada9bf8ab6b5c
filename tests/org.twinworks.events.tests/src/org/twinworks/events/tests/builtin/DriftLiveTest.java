// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.events.EventFrame;
import org.twinworks.events.analytics.Cusum;
import org.twinworks.events.builtin.DriftDetector;
import org.twinworks.events.builtin.DriftDetectorProvider;
import org.twinworks.events.builtin.DriftParameters;
import org.twinworks.events.builtin.DriftReading;
import org.twinworks.events.builtin.DriftStatistics;
import org.twinworks.events.tests.CollectedFrames;
import org.twinworks.events.tests.LiveDetectorFeed;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveSession;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.sim.Fault;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sim.dynamics.TimeConstants;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * Drift on the demo plant served on 127.0.0.1, every analog signal charted with the standard per-kind parameters
 * scaled down 12× in time (0.83 s windows, 2.5 s for temperatures; 40-window warm-ups) so the run fits in a minute.
 * After the warm-up the plant keeps its normal dynamics and gets a setpoint step (FIC-101.SP 320 → 380 m³/h) and a
 * duty change (distribution pump P-502 stopped), which the twin's expectations explain; then FT-101.PV gets a
 * calibration drift of 1.5 m³/h per second ({@link Fault#drift}), which they do not. The drift is flagged on FT-101
 * within a bound computed from the chart's design, and nothing else is flagged over the run; the false-alarm rate
 * per signal-hour of the healthy signals is printed.
 */
class DriftLiveTest {
	private static final int SCALE = 12;
	private static final int WARM_UP = 40;
	private static final double DRIFT_PER_SECOND = 1.5;
	/** How long the charts run after the warm-up, all events included. */
	private static final Duration CHARTED_RUN = Duration.ofSeconds(24);

	@TempDir
	Path directory;

	@Test
	void aDriftingTransmitterIsFlaggedWithinItsBoundAndSetpointAndDutyChangesAreNot() throws Exception {
		DriftParameters parameters = DriftParameters.defaults()
				.map(e -> e.withWindow(e.window().dividedBy(SCALE)).withWarmUp(WARM_UP));
		DriftStatistics statistics = new DriftStatistics(10_000);
		LiveClient client = new LiveClient(directory);
		try (TestPlant server = TestPlant.in(directory).trustClientOf(client.pki())) {
			VirtualPlant sim = server.start();
			client.trust(sim);
			Plant plant = client.demoPlant("drift", sim);
			DriftDetectorProvider provider = new DriftDetectorProvider(parameters, statistics);
			List<DriftDetector> detectors = provider.detectorsFor(plant).stream().map(DriftDetector.class::cast)
					.toList();
			DriftDetector flow = detectors.stream().filter(d -> d.signal().getTag().equals("FT-101.PV")).findFirst()
					.orElseThrow();
			assertNotNull(flow.expectation(), "the loop's measurement is compared with its setpoint response");
			long windowMillis = parameters.forSignal(flow.signal()).windowMillis();
			CollectedFrames frames = new CollectedFrames();
			try (ValueStore store = new ValueStore(100, 10_000); LiveSession session = client.connect(plant, event -> {
			}); LiveDetectorFeed feed = new LiveDetectorFeed(detectors, frames, store)) {
				session.subscribe(LiveBindings.activeOn(plant, LiveClient.endpointOf(plant, sim)), store);
				assertTrue(await(() -> learnt(statistics, flow.signal()), Duration.ofSeconds(60)),
						() -> "FT-101 learns: " + flow.expectation() + "; " + statistics.recent(flow.signal()));
				Instant charted = Instant.now();
				Thread.sleep(3_000);
				sim.force("FIC-101.SP", 380);
				Instant setpointStep = Instant.now();
				Thread.sleep(4_000);
				sim.force("P-502.CMD", 0);
				Thread.sleep(4_000);
				double sigma = statistics.current(flow.signal()).orElseThrow().sigma();
				Instant injected = Instant.now();
				sim.inject("FT-101.PV", Fault.drift(DRIFT_PER_SECOND));
				assertEquals(List.of(), frames.openedSnapshot(), "nothing flagged before the drift");

				int bound = boundInWindows(DRIFT_PER_SECOND, sigma, windowMillis / 1000.0);
				Duration allowed = Duration.ofMillis(bound * windowMillis);
				assertTrue(await(() -> !frames.openedBy(DriftDetector.CUSUM_SOURCE).isEmpty(), allowed.plusSeconds(5)),
						"the drift is flagged; FT-101 " + statistics.current(flow.signal()).orElseThrow());
				EventFrame flagged = frames.openedBy(DriftDetector.CUSUM_SOURCE).get(0);
				assertEquals("FT-101", flagged.equipment().getTag(), flagged.message());
				long windows = Math.ceilDiv(Duration.between(injected, flagged.start()).toMillis(), windowMillis);
				System.out.printf(Locale.ROOT,
						"drift on the virtual plant: FT-101.PV drifting %.2f m³/h/s (residual σ %.3f) flagged after"
								+ " %d windows of %d ms, bound %d%n",
						DRIFT_PER_SECOND, sigma, windows, windowMillis, bound);
				assertTrue(windows <= bound, "flagged after " + windows + " windows, bound " + bound);

				long remaining = CHARTED_RUN.toMillis() - Duration.between(charted, Instant.now()).toMillis();
				Thread.sleep(Math.max(0, remaining));
				List<EventFrame> others = frames.openedSnapshot().stream()
						.filter(f -> !f.equipment().getTag().equals("FT-101")).toList();
				report(detectors, flow, statistics, parameters, others.size());
				assertEquals(List.of(), others, "no healthy signal is flagged");
				assertTrue(chartedBetween(statistics, flow.signal(), setpointStep.plusSeconds(2), injected) >= 5,
						"FT-101 is charted after its setpoint step, before its drift");
			}
		}
	}

	/**
	 * The windows within which a ramp of r per second is flagged: the residual's mean is r·W·(1/2 + 1/8) in the
	 * first window (the drift from the middle of the last quarter of a window, where the expectation starts, to the
	 * middle of the next) and grows by (1 − c)·r·W a window, c the part of an offset the twin's lag (the loop's τ)
	 * keeps from there to the next window's expectation; the CUSUM's mean path, less three standard deviations of its accumulated
	 * noise, crosses h after n windows; one more for the window open at the injection.
	 */
	private static int boundInWindows(double rate, double sigma, double window) {
		double tau = TimeConstants.LOOP;
		double c = Math.exp(-window / 8 / tau) * tau / window * (1 - Math.exp(-window / tau));
		double offset = rate * window * (0.5 + 0.125) / sigma;
		double growth = (1 - c) * rate * window / sigma;
		for (int n = 1; n < 10_000; n++) {
			double mean = n * (offset - Cusum.DEFAULT_K) + growth * n * (n + 1) / 2.0;
			if (mean - 3 * Math.sqrt(n) > Cusum.DEFAULT_H) {
				return n + 1;
			}
		}
		throw new AssertionError("no bound for a drift of " + rate + " on σ " + sigma);
	}

	private static void report(List<DriftDetector> detectors, DriftDetector drifting, DriftStatistics statistics,
			DriftParameters parameters, int falseAlarms) {
		double signalSeconds = 0;
		int chartedSignals = 0;
		double products = 0;
		double squares = 0;
		int points = 0;
		List<String> highest = new ArrayList<>();
		for (DriftDetector detector : detectors) {
			if (detector == drifting) {
				continue;
			}
			List<DriftReading> readings = statistics.recent(detector.signal()).stream().filter(r -> !r.warmingUp())
					.toList();
			if (readings.isEmpty()) {
				continue;
			}
			chartedSignals++;
			long window = parameters.forSignal(detector.signal()).windowMillis();
			double mean = readings.get(0).mean();
			double sigma = readings.get(0).sigma();
			for (int i = 1; i < readings.size(); i++) {
				double z = (readings.get(i).value() - mean) / sigma;
				double previous = (readings.get(i - 1).value() - mean) / sigma;
				squares += z * z;
				points++;
				if (Duration.between(readings.get(i - 1).time(), readings.get(i).time()).toMillis() == window) {
					products += z * previous;
				}
			}
			signalSeconds += readings.size() * parameters.forSignal(detector.signal()).windowMillis() / 1000.0;
			double max = readings.stream().mapToDouble(DriftReading::cusum).max().orElse(0);
			highest.add(String.format(Locale.ROOT, "%s %.1f", detector.signal().getTag(), max));
		}
		highest.sort(Comparator.comparingDouble(s -> -Double.parseDouble(s.substring(s.lastIndexOf(' ') + 1))));
		double hours = signalSeconds / 3600;
		System.out.printf(Locale.ROOT,
				"drift on the virtual plant: %d healthy signals charted for %.3f signal-hours (%.0f signal-seconds),"
						+ " %d flagged: %.1f false alarms per signal-hour; residuals' lag-one correlation %.2f, mean square"
						+ " %.2f σ²; highest CUSUM sums (h %.0f): %s%n",
				chartedSignals, hours, signalSeconds, falseAlarms, falseAlarms / hours, products / squares,
				squares / Math.max(1, points), Cusum.DEFAULT_H, highest.subList(0, Math.min(5, highest.size())));
		assertTrue(chartedSignals >= 30, "most healthy signals are charted: " + chartedSignals);
		assertTrue(signalSeconds >= 30 * 10, "the healthy signals are charted for long enough: " + signalSeconds);
	}

	private static boolean learnt(DriftStatistics statistics, Signal signal) {
		return statistics.current(signal).map(r -> !r.warmingUp()).orElse(false);
	}

	private static long chartedBetween(DriftStatistics statistics, Signal signal, Instant from, Instant to) {
		return statistics.recent(signal).stream()
				.filter(r -> !r.warmingUp() && r.time().isAfter(from) && r.time().isBefore(to)).count();
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
