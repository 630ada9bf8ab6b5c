// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.events.EventFrame;
import org.twinworks.events.Severity;
import org.twinworks.events.engine.EventLog;
import org.twinworks.events.engine.SignalQualityDetector;
import org.twinworks.events.ui.timeline.EventMarkerSource;
import org.twinworks.live.Recorder;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueChange;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.Replay;
import org.twinworks.ui.live.views.PlaybackView;
import org.twinworks.ui.live.views.TimelineMarker;
import org.twinworks.ui.live.views.TimelineMarkerSource;
import org.twinworks.ui.live.views.TimelineStrip;
import org.twinworks.tests.live.harness.SettableClock;

/**
 * Event frames on the Playback view's timeline, for a real recording of the demo plant: those of its saved event
 * log at their times' x positions, a click on one seeking there; without a log, those the analysis job finds.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TimelineMarkersTest {
	private static final String PRESSURE = "PT-101.PV";
	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
	private static final int SECONDS = 60;

	private FreshDemoPlant demo;
	private LiveModel model;
	private Path file;

	@BeforeEach
	void openTheDemo() throws Exception {
		demo = FreshDemoPlant.open();
		model = Adapters.adapt(demo.editor(), LiveModel.class);
		file = Files.createTempDirectory("twinworks-markers").resolve("run.twinrec");
	}

	@AfterEach
	void closeEverything() {
		demo.page().closeAllEditors(false);
		UiWait.until(() -> Job.getJobManager().find(TimelineMarkerSource.class).length == 0, Duration.ofSeconds(20),
				"the marker jobs to finish");
		UiWait.flush();
	}

	@Test
	void theSavedLogsFramesAreMarkedAtTheirTimesAndAClickSeeksThere() throws Exception {
		record(second -> false);
		Signal pressure = demo.signal(PRESSURE);
		Equipment owner = (Equipment) pressure.eContainer();
		EventFrame high = new EventFrame(1, "pressure.high", Severity.HIGH, owner, "PT-101 above 8 bar", at(10), at(20),
				Map.of(PRESSURE, 8.2), Map.of(PRESSURE, 7.5));
		EventFrame open = new EventFrame(2, "drift.cusum", Severity.LOW, owner, "PT-101 drifts", at(40), null,
				Map.of(PRESSURE, 5.0), Map.of());
		EventLog.save(EventLog.besideRecording(file), List.of(high, open));

		TimelineStrip strip = openAndWaitForMarkers(2);
		List<TimelineMarker> markers = strip.markers();
		assertEquals(at(10), markers.get(0).start());
		assertEquals(at(20), markers.get(0).end());
		assertEquals(EventMarkerSource.colour(Severity.HIGH), markers.get(0).colour());
		assertTrue(
				markers.get(0).tooltip().contains("pressure.high") && markers.get(0).tooltip().contains(owner.getTag())
						&& markers.get(0).tooltip().contains("PT-101 above 8 bar"),
				markers.get(0).tooltip());
		assertEquals(at(40), markers.get(1).start());
		assertEquals(at(SECONDS - 1), markers.get(1).end(), "a frame still open is drawn to the recording's end");

		// the recording spans T0 to its last value, 59 s later, across the strip's width
		int width = strip.getClientArea().width - 1;
		assertTrue(width > 100, "the strip is laid out: " + width);
		int x10 = (int) Math.round(10.0 * width / (SECONDS - 1));
		int x40 = (int) Math.round(40.0 * width / (SECONDS - 1));
		assertEquals(x10, strip.xOf(markers.get(0).start()));
		assertEquals(x40, strip.xOf(markers.get(1).start()));
		assertEquals(null, strip.markerAt(x10 - 20), "no marker before the first frame");

		Replay replay = model.replay();
		click(strip, x40 + 1);
		UiWait.until(() -> !replay.seeking(), Duration.ofSeconds(10), "the seek");
		assertEquals(at(40), replay.position(), "a click on the second marker seeks to its start");
		click(strip, (x10 + (int) Math.round(20.0 * width / (SECONDS - 1))) / 2);
		UiWait.until(() -> !replay.seeking(), Duration.ofSeconds(10), "the seek");
		assertEquals(at(10), replay.position(), "a click inside the first band seeks to its start");
	}

	@Test
	void withoutALogTheAnalysisJobFindsTheMarkers() throws Exception {
		// PT-101 Bad from 20 s to 35 s: longer than the signal quality threshold
		record(second -> second >= 20 && second < 35);
		assertTrue(SignalQualityDetector.DEFAULT_THRESHOLD.compareTo(Duration.ofSeconds(15)) < 0);
		TimelineStrip strip = openAndWaitForMarkers(1);
		TimelineMarker bad = strip.markers().stream().filter(m -> m.tooltip().contains(SignalQualityDetector.SOURCE))
				.findFirst().orElseThrow(() -> new AssertionError("no signal.bad marker in " + strip.markers()));
		assertEquals(at(20), bad.start());
		assertEquals(at(35), bad.end());
		assertEquals(EventMarkerSource.colour(Severity.MEDIUM), bad.colour());
		assertTrue(Files.notExists(EventLog.besideRecording(file)), "the analysis writes no log of its own");
	}

	private TimelineStrip openAndWaitForMarkers(int atLeast) throws Exception {
		model.openRecording(file);
		UiWait.until(() -> !model.replay().seeking(), Duration.ofSeconds(30), "the first seek");
		PlaybackView playback = (PlaybackView) demo.page().showView(PlaybackView.ID, null,
				IWorkbenchPage.VIEW_ACTIVATE);
		demo.page().activate(demo.editor());
		playback.refresh();
		TimelineStrip strip = playback.strip();
		UiWait.until(() -> strip.markers().size() >= atLeast, Duration.ofSeconds(30),
				"the markers of the recording: " + strip.markers() + " " + strip.status());
		return strip;
	}

	/** A minute of PT-101 at 1 Hz, Bad in the seconds {@code bad} picks. */
	private void record(IntPredicate bad) throws Exception {
		Signal pressure = demo.signal(PRESSURE);
		SettableClock clock = new SettableClock(T0);
		try (Recorder recorder = new Recorder(file, "opc.tcp://127.0.0.1:4840", List.of(), Duration.ofHours(1),
				clock)) {
			for (int second = 0; second < SECONDS; second++) {
				clock.set(at(second));
				SignalValue value = bad.test(second)
						? new SignalValue(0.0, 0x8000_0000L, "Bad", clock.instant(), clock.instant())
						: new SignalValue(5.0 + second % 3 * 0.01, 0, "Good", clock.instant(), clock.instant());
				recorder.valuesChanged(List.of(new ValueChange(pressure, value)));
			}
		}
	}

	private static void click(TimelineStrip strip, int x) {
		Event event = new Event();
		event.x = x;
		event.y = TimelineStrip.HEIGHT / 2;
		event.button = 1;
		strip.notifyListeners(SWT.MouseDown, event);
	}

	private static Instant at(int second) {
		return T0.plusSeconds(second);
	}
}
