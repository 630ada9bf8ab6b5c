// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.live.RecordedValue;
import org.twinworks.live.Recorder;
import org.twinworks.live.Recording;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueChange;
import org.twinworks.model.Signal;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.PrimarySignals;
import org.twinworks.ui.live.Replay;
import org.twinworks.ui.live.trends.TrendFrame;
import org.twinworks.ui.live.views.PlaybackView;
import org.twinworks.ui.live.views.TrendView;
import org.twinworks.tests.live.harness.SettableClock;

/**
 * A one-hour recording of every bound signal of the demo (a real file, 1 Hz, PT-101 at 10 Hz) played back:
 * scrubbing it keeps the UI thread free (a timer on it keeps firing), a trend zoomed out shows the hour as a
 * min/max band, and the Trend and Playback views let go of a closed editor's live model (no path from their own
 * objects to it).
 */
@ExtendWith(ScreenshotOnFailure.class)
class LongPlaybackUiTest {
	private static final String PRESSURE = "PT-101.PV";
	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
	private static Path file;

	private FreshDemoPlant demo;
	private LiveModel model;

	@BeforeAll
	static void recordAnHourOfTheDemo() throws Exception {
		FreshDemoPlant demo = FreshDemoPlant.open();
		file = Files.createTempDirectory("twinworks-hour").resolve("hour.twinrec");
		List<Signal> signals = new ArrayList<>(PrimarySignals.bound(demo.editor().getLoaded().plant()));
		Signal pressure = demo.signal(PRESSURE);
		signals.remove(pressure);
		Random random = new Random(20);
		double[] walk = new double[signals.size() + 1];
		SettableClock clock = new SettableClock(T0);
		try (Recorder recorder = new Recorder(file, "opc.tcp://127.0.0.1:4840", List.of(), Duration.ofHours(1),
				clock)) {
			for (int tenth = 0; tenth < 36_000; tenth++) {
				clock.set(T0.plusMillis(100L * tenth));
				List<ValueChange> batch = new ArrayList<>();
				walk[0] = Math.max(0, Math.min(10, walk[0] + random.nextGaussian() * 0.1));
				batch.add(new ValueChange(pressure, good(walk[0], clock.instant())));
				if (tenth % 10 == 0) {
					for (int s = 0; s < signals.size(); s++) {
						walk[s + 1] += random.nextGaussian();
						batch.add(new ValueChange(signals.get(s), good(walk[s + 1], clock.instant())));
					}
				}
				recorder.valuesChanged(batch);
			}
		}
		demo.page().closeAllEditors(false);
	}

	@BeforeEach
	void openTheDemoAndItsRecording() throws Exception {
		demo = FreshDemoPlant.open();
		model = Adapters.adapt(demo.editor(), LiveModel.class);
		model.openRecording(file);
		UiWait.until(() -> !model.replay().seeking(), Duration.ofSeconds(30), "the first seek");
	}

	@AfterEach
	void closeEverything() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		UiWait.until(() -> Job.getJobManager().find(LiveConnections.class).length == 0, Duration.ofSeconds(20),
				"the live jobs to finish");
		UiWait.flush();
	}

	@Test
	void scrubbingAnHourLongRecordingKeepsTheUiThreadResponsive() throws Exception {
		PlaybackView playback = (PlaybackView) demo.page().showView(PlaybackView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		demo.page().activate(demo.editor());
		playback.refresh();
		Replay replay = model.replay();
		Display display = Display.getCurrent();
		List<Long> ticks = new ArrayList<>();
		boolean[] scrubbing = {true};
		Runnable tick = new Runnable() {
			@Override
			public void run() {
				ticks.add(System.nanoTime());
				if (scrubbing[0]) {
					display.timerExec(10, this);
				}
			}
		};
		display.timerExec(10, tick);
		long slowestScrub = 0;
		int returnedBeforeItsSeek = 0;
		for (int i = 0; i < 40; i++) {
			int step = i * 379 % (PlaybackView.TIMELINE_STEPS + 1);
			long t0 = System.nanoTime();
			playback.scrubTo(step);
			slowestScrub = Math.max(slowestScrub, System.nanoTime() - t0);
			if (replay.seeking()) {
				returnedBeforeItsSeek++;
			}
			spin(display, 25);
		}
		UiWait.until(() -> !replay.seeking(), Duration.ofSeconds(30), "the last seek");
		scrubbing[0] = false;
		long widestGap = 0;
		for (int i = 1; i < ticks.size(); i++) {
			widestGap = Math.max(widestGap, ticks.get(i) - ticks.get(i - 1));
		}
		// what does not depend on the machine's load: a scrub hands its seek over and returns while it runs; one that
		// waited on the UI thread for the seek would never see it still running
		assertTrue(returnedBeforeItsSeek > 0, "no scrub of 40 returned before its seek was done");
		assertTrue(ticks.size() >= 40, "the UI timer fired " + ticks.size() + " times during 40 scrubs");
		// bounds for a machine under load (at load average 10-13 a scrub took 197 ms), not speed targets, which are
		// SeekBenchmark's: what they catch is a scrub that waits on the UI thread for its seeks to be done
		assertTrue(slowestScrub < 1_000_000_000L,
				"the slowest scrub held the UI thread " + slowestScrub / 1_000_000 + " ms");
		assertTrue(widestGap < 2_000_000_000L, "the UI timer waited up to " + widestGap / 1_000_000 + " ms");

		// and the store holds the recorded instant scrubbed to last
		Signal pressure = demo.signal(PRESSURE);
		SignalValue expected = recordedAt(Recording.read(file), PRESSURE, replay.position());
		UiWait.until(() -> expected.equals(model.store().latest(pressure).orElse(null)), Duration.ofSeconds(10),
				"PT-101 at " + replay.position() + ": " + model.store().latest(pressure) + ", recorded " + expected);
	}

	@Test
	void aTrendZoomedOutToTheHourShowsItsMinAndMaxBeforeTheRawMinute() throws Exception {
		// activated: on top of its stack (the Playback view may share it), so it paints
		TrendView view = (TrendView) demo.page().showView(TrendView.ID, null, IWorkbenchPage.VIEW_ACTIVATE);
		Signal pressure = demo.signal(PRESSURE);
		view.show(List.of(pressure));
		PlaybackView playback = (PlaybackView) demo.page().showView(PlaybackView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		demo.page().activate(demo.editor());
		playback.refresh();
		playback.scrubTo(PlaybackView.TIMELINE_STEPS);
		Replay replay = model.replay();
		UiWait.until(() -> !replay.seeking(), Duration.ofSeconds(30), "the seek to the end");
		UiWait.until(() -> view.canvas().series().get(0).envelope().size() >= 3590, Duration.ofSeconds(10),
				"an hour of one-second buckets: " + view.canvas().series().get(0).envelope().size());
		long end = replay.end().toEpochMilli();
		view.canvas().window().show(end - 3_600_000L, end);
		view.canvas().redraw();
		UiWait.until(() -> view.canvas().frame().end() == end, Duration.ofSeconds(5), "a paint of the hour");
		Rectangle plot = view.canvas().frame().plot();
		view.canvas().hover(plot.x + plot.width / 4);
		UiWait.until(() -> view.canvas().frame().hoverTime() > 0, Duration.ofSeconds(5), "a hover readout");
		TrendFrame frame = view.canvas().frame();
		long bucket = Math.floorDiv(frame.hoverTime(), 1000) * 1000;
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (RecordedValue v : Recording.read(file).values()) {
			long t = v.value().sourceTime().toEpochMilli();
			if (PRESSURE.equals(v.tag()) && t >= bucket && t < bucket + 1000) {
				min = Math.min(min, (Double) v.value().value());
				max = Math.max(max, (Double) v.value().value());
			}
		}
		String text = frame.readings().get(0).text();
		assertTrue(text.contains("(min … max)"), "three quarters of an hour back is before the raw minute: " + text);
		String expected = org.twinworks.ui.live.LiveText.number(min) + " … "
				+ org.twinworks.ui.live.LiveText.number(max);
		assertTrue(text.contains(expected), "the band's bucket is the recorded min and max " + expected + ": " + text);
	}

	@Test
	void theTrendAndPlaybackViewsLetGoOfAClosedEditorsLiveModel() throws Exception {
		TrendView trends = (TrendView) demo.page().showView(TrendView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		trends.show(List.of(demo.signal(PRESSURE)));
		PlaybackView playback = (PlaybackView) demo.page().showView(PlaybackView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		demo.page().activate(demo.editor());
		playback.refresh();
		assertEquals(model, playback.model());
		assertEquals(1, trends.canvas().series().size());
		LiveModel closing = model;
		assertTrue(ReferencePaths.find(closing, views(trends, playback)) != null,
				"while the editor is open the views hold its model (so the search finds a holder)");

		demo.page().closeAllEditors(false);
		UiWait.until(() -> Job.getJobManager().find(LiveConnections.class).length == 0, Duration.ofSeconds(20),
				"the live jobs to finish");
		UiWait.until(() -> playback.model() == null && trends.signals().isEmpty(), Duration.ofSeconds(5),
				"the views to drop the closed model");
		assertTrue(trends.canvas().series().isEmpty(), "no series of the closed model");
		assertNull(ReferencePaths.find(closing, views(trends, playback)), "a path from a view to the closed model");
	}

	private static Map<String, Object> views(TrendView trends, PlaybackView playback) {
		Map<String, Object> roots = new LinkedHashMap<>();
		roots.put("trend view", trends);
		roots.put("playback view", playback);
		return roots;
	}

	private static void spin(Display display, long millis) {
		long until = System.nanoTime() + millis * 1_000_000;
		while (System.nanoTime() < until) {
			if (!display.readAndDispatch()) {
				Thread.onSpinWait();
			}
		}
	}

	private static SignalValue recordedAt(Recording recording, String tag, Instant at) {
		SignalValue last = null;
		for (RecordedValue v : recording.values()) {
			if (v.arrival().isAfter(at)) {
				break;
			}
			if (tag.equals(v.tag())) {
				last = v.value();
			}
		}
		return last;
	}

	private static SignalValue good(double value, Instant at) {
		return new SignalValue(value, 0, "Good", at, at);
	}
}
