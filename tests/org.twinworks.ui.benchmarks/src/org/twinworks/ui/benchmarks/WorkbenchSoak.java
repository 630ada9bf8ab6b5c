// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.twinworks.diagram.ui.viewer.DiagramViewer;
import org.twinworks.live.ConnectionState;
import org.twinworks.model.Binding;
import org.twinworks.model.Signal;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.HeapAfterGc;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.ui.editor.PlantEditor;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;

/**
 * Issue 19's soak of the workbench: the live benchmark's plant (20,000 bound signals changing at 10 Hz, served by the
 * virtual plant in this JVM) live on a 2,000-node diagram for {@code -Dtwinworks.soak.minutes} (default 60), the
 * diagram's zoom switched between fit and 100 % at every sample so painting makes and frees its resources. Samples,
 * {@code -Dtwinworks.soak.samples} of them (default 12) after the history rings are full: heap after GC, live
 * threads, open file descriptors, SWT resources not disposed (the display's tracking, on from the first sample), and
 * whether values still arrive. Fails when any of them grew from the first sample to the last beyond a small
 * allowance, or values stopped. Run by {@code releng/reliability/run.sh soak}; not part of the test command.
 */
class WorkbenchSoak {
	private static final Duration CONNECT = Duration.ofMinutes(3);
	/** Heap after GC may wander by this much (allocation in the JIT's and the platform's caches), no more. */
	private static final long HEAP_ALLOWANCE = 32L << 20;
	private static final int THREAD_ALLOWANCE = 3;
	private static final int FD_ALLOWANCE = 8;
	private static final int SWT_ALLOWANCE = 20;
	private static final String EVENT_FRAME = "org.twinworks.events.EventFrame";

	private record Sample(double minutes, long heap, int threads, long fds, int swtResources, double ageSeconds) {
	}

	@Test
	void theWorkbenchLiveOnTwentyThousandSignalsKeepsItsResourcesFlat() throws Exception {
		double minutes = Double.parseDouble(System.getProperty("twinworks.soak.minutes", "60"));
		int samples = Integer.parseInt(System.getProperty("twinworks.soak.samples", "12"));
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("soak");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = LiveUiPlant.write(project, "soak-20k");
		Path simPki = Files.createTempDirectory("twinworks-soak-sim");
		LiveConnections connections = LiveConnections.get();
		Display display = Display.getCurrent();
		try (VirtualPlant sim = LiveUiPlant.serve(file.getLocation().toPath(), simPki, connections.pkiDirectory())) {
			connections.trustServer(sim.certificateThumbprint());
			PlantEditor editor = (PlantEditor) IDE.openEditor(page, file, PlantEditor.ID);
			UiWait.flush();
			DiagramPage diagram = editor.showDiagram();
			DiagramViewer viewer = diagram.viewer();
			viewer.zoomToFit();
			UiWait.flush();
			LiveModel live = Adapters.adapt(editor, LiveModel.class);
			EndpointConnection connection = live.connections().get(0);
			connections.redirect(connection.endpoint(), sim.endpointUrl());
			connection.connect();
			UiWait.until(() -> connection.state() == ConnectionState.CONNECTED && connection.report() != null, CONNECT,
					"connected and subscribed: " + connection.state());
			assertEquals(LiveUiPlant.SIGNALS, connection.report().monitored(), "every binding subscribed");
			Signal last = lastBound(live);
			UiWait.until(() -> live.store().history(last).size() >= live.store().historyCapacity(), CONNECT,
					"the history rings to fill");
			print("%,d signals live on %s at 10 Hz; the rings are full; %.1f min, %d samples", LiveUiPlant.SIGNALS,
					sim.endpointUrl(), minutes, samples);

			display.setTracking(true);
			HeapHistogram before = null;
			List<Sample> taken = new ArrayList<>();
			long start = System.nanoTime();
			long interval = (long) (minutes * 60e9 / Math.max(1, samples - 1));
			for (int i = 0; i < samples; i++) {
				long due = start + i * interval;
				UiWait.until(() -> System.nanoTime() >= due, Duration.ofNanos(interval).plusMinutes(1), "sample " + i);
				if (i % 2 == 0) {
					viewer.zoomTo(1.0);
				} else {
					viewer.zoomToFit();
				}
				UiWait.flush();
				Sample sample = sample((System.nanoTime() - start) / 60e9, display, live, last);
				taken.add(sample);
				HeapHistogram histogram = HeapHistogram.take();
				if (i == 0) {
					before = histogram;
				}
				// the event book is bounded (count and bytes): its frames show whether it is still filling
				print("%5.1f min: heap after GC %,d MB, threads %d, file descriptors %d, SWT resources %d, the last"
						+ " signal's value %.1f s old, %,d event frames", sample.minutes(), sample.heap() >> 20,
						sample.threads(), sample.fds(), sample.swtResources(), sample.ageSeconds(),
						histogram.instancesOf(EVENT_FRAME));
			}
			display.setTracking(false);
			HeapHistogram.printGrowth(before, HeapHistogram.take(), 10, WorkbenchSoak::print);
			page.closeEditor(editor, false);
			UiWait.until(() -> Job.getJobManager().find(LiveConnections.class).length == 0, Duration.ofSeconds(30),
					"the live jobs to finish");
			verdict(taken);
		}
	}

	private static void verdict(List<Sample> taken) {
		Sample first = taken.get(0);
		Sample end = taken.get(taken.size() - 1);
		double stalest = taken.stream().mapToDouble(Sample::ageSeconds).max().orElse(0);
		print("over %.1f min: heap after GC %+,d MB (allowed %d), threads %+d (allowed %d), file descriptors %+d"
				+ " (allowed %d), SWT resources %+d (allowed %d), values at most %.1f s old",
				end.minutes() - first.minutes(), (end.heap() - first.heap()) >> 20, HEAP_ALLOWANCE >> 20,
				end.threads() - first.threads(), THREAD_ALLOWANCE, end.fds() - first.fds(), FD_ALLOWANCE,
				end.swtResources() - first.swtResources(), SWT_ALLOWANCE, stalest);
		assertTrue(end.heap() - first.heap() <= HEAP_ALLOWANCE, "heap after GC grew");
		assertTrue(end.threads() - first.threads() <= THREAD_ALLOWANCE, "threads grew");
		assertTrue(end.fds() - first.fds() <= FD_ALLOWANCE, "file descriptors grew");
		assertTrue(end.swtResources() - first.swtResources() <= SWT_ALLOWANCE, "SWT resources grew");
		assertTrue(stalest < 10, "values kept arriving");
	}

	private static Sample sample(double minutes, Display display, LiveModel live, Signal last)
			throws InterruptedException, IOException {
		long heap = HeapAfterGc.measure();
		int threads = ManagementFactory.getThreadMXBean().getThreadCount();
		long fds;
		try (Stream<Path> open = Files.list(Path.of("/proc/self/fd"))) {
			fds = open.count();
		}
		int swt = (int) Arrays.stream(display.getDeviceData().objects).filter(Objects::nonNull).count();
		Instant newest = live.store().latest(last).map(v -> v.serverTime() != null ? v.serverTime() : v.sourceTime())
				.orElse(Instant.EPOCH);
		double age = Duration.between(newest, Instant.now()).toMillis() / 1e3;
		return new Sample(minutes, heap, threads, fds, swt, age);
	}

	private static Signal lastBound(LiveModel live) {
		return live.plant().getTwin().getBindings().stream().filter(Binding::isActive).reduce((a, b) -> b)
				.map(Binding::getSignal).orElseThrow();
	}

	private static void print(String format, Object... args) {
		System.out.println("soak: " + String.format(Locale.ROOT, format, args));
	}
}
