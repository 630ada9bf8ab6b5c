// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.twinworks.commissioning.evidence.EvidenceChain;
import org.twinworks.commissioning.persistence.CommissioningFiles;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.checklist.ChecklistView;
import org.twinworks.live.ConnectionState;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.ui.editor.PlantEditor;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;

/**
 * The UI thread while a campaign runs against 20,000 live signals (target: ≤ 30 % busy): the virtual plant serves
 * 20,000 bound signals changing at 10 Hz to the plant editor showing a 2,000-equipment diagram (as ui.live's
 * LiveUiBenchmark), first without our views (the baseline: live values only), then with a campaign of I/O checks
 * planned, the Checklist view open, the check badges on the diagram and checks finishing at a steady rate through
 * {@link EditorCampaign#changed}. Prints the UI thread's CPU time over wall time of both phases of the same run, the
 * time each change takes on the UI thread, and where the UI thread spent its time. Asserts only that values flowed and
 * the changes were saved. Not run with the tests: {@code releng/benchmarks/run.sh commissioningui}, which
 * runs the test JVM with 2 GB; phase length {@code -Dtwinworks.bench.seconds} (default 20), checks finished a second
 * {@code -Dtwinworks.bench.checksPerSecond} (default 5), both given to the test JVM through
 * {@code -Dtwinworks.test.jvmargs}.
 */
class CampaignLoadBenchmark {
	private static final int SIGNALS = 20_000;
	private static final int AREAS = 2;
	private static final Duration CONNECT = Duration.ofMinutes(5);
	private static final Duration WARM_UP = Duration.ofSeconds(10);

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	@Test
	void aCampaignRunsAgainstTwentyThousandLiveSignals() throws Exception {
		double seconds = Double.parseDouble(System.getProperty("twinworks.bench.seconds", "20"));
		double checksPerSecond = Double.parseDouble(System.getProperty("twinworks.bench.checksPerSecond", "5"));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		hideChecklist(page);
		long t0 = System.nanoTime();
		IFile file = BenchmarkPlant.write(BenchmarkPlant.project(), "campaign-20k", SIGNALS * 5, 7, AREAS, SIGNALS);
		print("write the plant (%,d bound signals) and arrange its %d-area diagram: %.1f s", SIGNALS, AREAS,
				seconds(t0));
		Path record = CommissioningFiles.recordBeside(file.getLocation().toPath());
		Files.deleteIfExists(record);
		Files.deleteIfExists(EvidenceChain.beside(record));

		Path simPki = Files.createTempDirectory("twinworks-campaign-sim");
		LiveConnections connections = LiveConnections.get();
		try (VirtualPlant sim = BenchmarkPlant.serve(file.getLocation().toPath(), simPki, connections.pkiDirectory())) {
			connections.trustServer(sim.certificateThumbprint());
			PlantEditor editor = (PlantEditor) IDE.openEditor(page, file, PlantEditor.ID);
			UiWait.flush();
			DiagramPage diagram = editor.showDiagram();
			diagram.viewer().zoomToFit();
			UiWait.flush();
			LiveModel live = Adapters.adapt(editor, LiveModel.class);
			EndpointConnection connection = live.connections().get(0);
			connections.redirect(connection.endpoint(), sim.endpointUrl());
			long c0 = System.nanoTime();
			connection.connect();
			// on a loaded machine item creation may time out once; Milo reconnects and the items are created again
			UiWait.until(
					() -> connection.state() == ConnectionState.CONNECTED && connection.report() != null
							&& connection.report().monitored() == SIGNALS,
					CONNECT, "connected and every binding subscribed");
			print("virtual plant: %,d signals, tick %d ms; connected and subscribed in %.1f s", sim.servedSignals(),
					BenchmarkPlant.TICK.toMillis(), seconds(c0));
			pump(WARM_UP);

			Phase baseline = measure(live, seconds, () -> {
			});
			print("baseline, live values on the diagram without our views: UI thread busy %.1f %% (CPU %.2f s of %.1f"
					+ " s wall); values into the store %,.0f/s", baseline.busy() * 100, baseline.cpuSeconds(),
					baseline.wallSeconds(), baseline.valuesPerSecond());

			EditorCampaign campaign = EditorCampaign.of(editor);
			long p0 = System.nanoTime();
			campaign.plan(new PlanOptions(List.of(), Set.of(CheckKind.IO)));
			List<Check> checks = campaign.campaign().getChecks();
			print("plan: %,d I/O checks in %.1f s", checks.size(), seconds(p0));
			long v0 = System.nanoTime();
			ChecklistView checklist = (ChecklistView) page.showView(ChecklistView.ID, null,
					IWorkbenchPage.VIEW_VISIBLE);
			page.activate(editor);
			UiWait.flush();
			assertEquals(checks.size(), checklist.tree().shownChecks(), "the checklist shows the campaign");
			print("Checklist view shown on %,d checks in %.2f s", checks.size(), seconds(v0));
			pump(Duration.ofSeconds(2));

			List<Double> changeMillis = Collections.synchronizedList(new ArrayList<>());
			AtomicInteger finished = new AtomicInteger();
			Display display = Display.getCurrent();
			ScheduledExecutorService engine = Executors.newSingleThreadScheduledExecutor();
			Phase running;
			try (UiThreadSampler profile = UiThreadSampler.ofCurrentThread()) {
				running = measure(live, seconds, () -> engine.scheduleAtFixedRate(
						// as CheckRun does: the verdict reaches the campaign on the UI thread
						() -> display.asyncExec(() -> {
							int n = finished.getAndIncrement();
							Check check = checks.get((n * 7919) % checks.size());
							check.setState(n % 10 == 0 ? CheckState.FAILED : CheckState.PASSED);
							long s = System.nanoTime();
							campaign.changed(check);
							changeMillis.add((System.nanoTime() - s) / 1e6);
						}), 0, Math.round(1e6 / checksPerSecond), TimeUnit.MICROSECONDS));
				engine.shutdownNow();
				profile.print("the UI thread while the campaign runs", 30);
			}
			print("campaign running: %d checks finished (%.1f/s) through EditorCampaign.changed; Checklist view and"
					+ " diagram badges shown", finished.get(), finished.get() / running.wallSeconds());
			print("campaign running: UI thread busy %.1f %% (CPU %.2f s of %.1f s wall)   baseline %.1f %%   target <="
					+ " 30 %%", running.busy() * 100, running.cpuSeconds(), running.wallSeconds(),
					baseline.busy() * 100);
			print("campaign running: values into the store %,.0f/s (baseline %,.0f/s)", running.valuesPerSecond(),
					baseline.valuesPerSecond());
			print("EditorCampaign.changed on the UI thread (listeners; the save is queued): median %.2f ms, p95 %.2f"
					+ " ms, max %.2f ms", percentile(changeMillis, 0.5), percentile(changeMillis, 0.95),
					percentile(changeMillis, 1.0));

			long f0 = System.nanoTime();
			campaign.flush();
			print("last change on disk %.0f ms after the run stopped", (System.nanoTime() - f0) / 1e6);
			assertFalse(campaign.savePending());
			assertTrue(running.valuesPerSecond() > SIGNALS, "values flowed: " + running.valuesPerSecond());
			assertTrue(finished.get() > 0, "checks finished");
			assertEquals(checks.get(0).getState(),
					CommissioningFiles.load(record).campaign().getChecks().get(0).getState(),
					"the record on disk is the campaign's");

			page.closeEditor(editor, false);
			UiWait.until(() -> Job.getJobManager().find(LiveConnections.class).length == 0, Duration.ofSeconds(30),
					"the live jobs to finish");
			hideChecklist(page);
		} finally {
			Files.deleteIfExists(record);
			Files.deleteIfExists(EvidenceChain.beside(record));
		}
	}

	/** What the UI thread did while {@code start} ran and the event loop turned for {@code seconds}. */
	private Phase measure(LiveModel live, double seconds, Runnable start) {
		long received0 = live.store().received();
		long cpu0 = threads.getCurrentThreadCpuTime();
		long wall0 = System.nanoTime();
		start.run();
		pump(Duration.ofNanos((long) (seconds * 1e9)));
		long wall = System.nanoTime() - wall0;
		long cpu = threads.getCurrentThreadCpuTime() - cpu0;
		return new Phase(cpu, wall, live.store().received() - received0);
	}

	private record Phase(long cpuNanos, long wallNanos, long values) {
		double busy() {
			return (double) cpuNanos / wallNanos;
		}

		double cpuSeconds() {
			return cpuNanos / 1e9;
		}

		double wallSeconds() {
			return wallNanos / 1e9;
		}

		double valuesPerSecond() {
			return values / wallSeconds();
		}
	}

	private static void pump(Duration duration) {
		long end = System.nanoTime() + duration.toNanos();
		UiWait.until(() -> System.nanoTime() >= end, duration.plusMinutes(1), "the run");
	}

	private static void hideChecklist(IWorkbenchPage page) {
		IViewPart view = page.findView(ChecklistView.ID);
		if (view != null) {
			page.hideView(view);
			UiWait.flush();
		}
	}

	private static double percentile(List<Double> values, double p) {
		if (values.isEmpty()) {
			return 0;
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static void print(String format, Object... args) {
		System.out.println("benchmark: " + String.format(Locale.ROOT, format, args));
	}
}
