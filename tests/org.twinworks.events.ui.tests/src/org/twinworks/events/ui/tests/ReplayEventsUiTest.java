// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.events.EventFrame;
import org.twinworks.events.Severity;
import org.twinworks.events.engine.EventLog;
import org.twinworks.events.ui.EventEntry;
import org.twinworks.events.ui.WorkbenchEvents;
import org.twinworks.events.ui.badges.EventBadges;
import org.twinworks.events.ui.preferences.EventPreferences;
import org.twinworks.events.ui.view.EventsView;
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

/**
 * The Events view on a replay of a real recording of the demo plant with its event log: the recording's frames are
 * listed as replay frames at their recorded times (never among the live ones), selecting one seeks the playback to
 * its start, an acknowledgement survives a restart of the workbench's events and of the view, a damaged
 * acknowledgements file is logged and opens nothing less, and the view's filter comes back as it was left.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReplayEventsUiTest {
	private static final String PRESSURE = "PT-101.PV";
	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
	private static final int SECONDS = 60;
	private static final Duration WAIT = Duration.ofSeconds(30);

	private FreshDemoPlant demo;
	private LiveModel model;
	private Path file;
	private EventsView view;
	private Path acknowledged;

	@BeforeEach
	void openTheDemoWithARecordingAndItsLog() throws Exception {
		clearViewPreferences();
		demo = FreshDemoPlant.open();
		model = Adapters.adapt(demo.editor(), LiveModel.class);
		file = Files.createTempDirectory("twinworks-replay-events").resolve("run.twinrec");
		record();
		Signal pressure = demo.signal(PRESSURE);
		Equipment owner = (Equipment) pressure.eContainer();
		EventFrame high = new EventFrame(1, "pressure.high", Severity.HIGH, owner, "PT-101 above 8 bar", at(10), at(20),
				Map.of(PRESSURE, 8.2), Map.of(PRESSURE, 7.5));
		EventFrame drift = new EventFrame(2, "drift.cusum", Severity.LOW, owner, "PT-101 drifts", at(40), null,
				Map.of(PRESSURE, 5.0), Map.of());
		EventLog.save(EventLog.besideRecording(file), List.of(high, drift));
		acknowledged = WorkbenchEvents.get().acknowledgementsFile(demo.editor().getLoaded().plant());
		assertNotNull(acknowledged, "the demo plant has a file");
		Files.deleteIfExists(acknowledged);
		// a fresh service: nothing acknowledged read before the file was removed
		WorkbenchEvents.restart();
		view = (EventsView) demo.page().showView(EventsView.ID);
	}

	@AfterEach
	void closeEverything() throws Exception {
		if (model.replay() != null) {
			model.closeReplay();
		}
		demo.page().hideView(view);
		demo.page().closeAllEditors(false);
		UiWait.until(ReplayEventsUiTest::noEventJobs, WAIT, "the jobs reading recordings to finish");
		WorkbenchEvents.restart();
		clearViewPreferences();
		UiWait.flush();
		// the next test class starts with nothing acknowledged
		Files.deleteIfExists(acknowledged);
	}

	@Test
	void theRecordingsFramesAreListedAsReplayAndSelectingOneSeeksThePlayback() throws Exception {
		Replay replay = model.openRecording(file);
		UiWait.until(() -> !replay.seeking(), WAIT, "the first seek");
		EventEntry high = shownFrame("pressure.high");
		EventEntry drift = shownFrame("drift.cusum");
		assertTrue(view.showsReplay(), "a replay shows its frames");
		assertTrue(view.modeText().startsWith("REPLAY of run.twinrec"), view.modeText());
		assertEquals(at(10), high.frame().start(), "at its recorded time");
		assertEquals(at(20), high.frame().end());
		assertTrue(drift.frame().isOpen(), "still open at the recording's end, as the log has it");
		assertEquals("replay, closed", view.viewer().getTable().getItem(rowOf(high)).getText(0));
		assertTrue(view.statusText().startsWith("Replay: 1 open, 2 unacknowledged"), view.statusText());
		assertTrue(
				WorkbenchEvents.get().book().entries().stream()
						.noneMatch(e -> e.frame().source().equals("pressure.high")),
				"the replay's frames are not among the live ones");
		view.showReplay(false);
		assertTrue(shown().isEmpty(), "the live list has none of them: " + shown());
		assertEquals("LIVE", view.modeText());
		view.showReplay(true);

		clickRow(drift);
		UiWait.until(() -> !replay.seeking(), WAIT, "the seek");
		assertEquals(at(40), replay.position(), "selecting the drift frame seeks to its start");
		clickRow(high);
		UiWait.until(() -> !replay.seeking(), WAIT, "the seek");
		assertEquals(at(10), replay.position(), "selecting the pressure frame seeks to its start");
		assertSame(demo.editor(), view.goToSelected(), "Go To finds the plant's editor");

		model.closeReplay();
		UiWait.until(() -> !view.showsReplay(), WAIT, "the view back to live");
		assertTrue(WorkbenchEvents.get().replayBook().entries().isEmpty(), "a closed replay leaves no frames");
	}

	@Test
	void theEquipmentsBadgeShowsTheReplaysFramesOpenAtThePlaybackPosition() throws Exception {
		Equipment owner = (Equipment) demo.signal(PRESSURE).eContainer();
		EventBadges badges = Adapters.adapt(demo.editor(), EventBadges.class);
		assertNotNull(badges, "the editor has event badges");
		assertNull(badges.of(owner), "nothing open live");
		Replay replay = model.openRecording(file);
		shownFrame("drift.cusum");
		for (int[] step : new int[][]{{15, Severity.HIGH.ordinal()}, {30, -1}, {45, Severity.LOW.ordinal()}, {5, -1}}) {
			replay.seek(at(step[0]));
			UiWait.until(() -> !replay.seeking(), WAIT, "the seek");
			Severity expected = step[1] < 0 ? null : Severity.values()[step[1]];
			UiWait.until(() -> badges.of(owner) == expected, WAIT,
					"the badge at " + step[0] + " s: " + expected + ", shown " + badges.of(owner));
		}
		replay.seek(at(15));
		UiWait.until(() -> badges.of(owner) == Severity.HIGH, WAIT, "the pressure frame again");
		model.closeReplay();
		UiWait.until(() -> badges.of(owner) == null, WAIT, "back to the live frames (none) when the replay closes");
	}

	@Test
	void anAcknowledgementSurvivesARestartOfTheEventsAndTheView() throws Exception {
		Replay replay = model.openRecording(file);
		UiWait.until(() -> !replay.seeking(), WAIT, "the first seek");
		EventEntry high = shownFrame("pressure.high");
		assertTrue(view.select(high));
		view.acknowledgeSelected();
		assertEquals("replay, closed, acknowledged", view.viewer().getTable().getItem(rowOf(high)).getText(0));
		Path saved = WorkbenchEvents.get().acknowledgementsFile(demo.editor().getLoaded().plant());
		assertTrue(Files.readString(saved).contains(at(10) + "\tpressure.high\t"), Files.readString(saved));

		demo.page().hideView(view);
		WorkbenchEvents.restart();
		view = (EventsView) demo.page().showView(EventsView.ID);
		EventEntry again = shownFrame("pressure.high");
		EventEntry drift = shownFrame("drift.cusum");
		assertTrue(again.acknowledged(), "read back from " + saved);
		assertFalse(drift.acknowledged(), "only what was acknowledged");
		assertTrue(view.statusText().contains("1 unacknowledged"), view.statusText());
	}

	@Test
	void aDamagedAcknowledgementsFileIsLoggedAndTheFramesAreStillListed() throws Exception {
		Path saved = WorkbenchEvents.get().acknowledgementsFile(demo.editor().getLoaded().plant());
		Files.createDirectories(saved.getParent());
		Files.writeString(saved, "\u0000\u0001 not acknowledgements\n" + at(40) + "\tdrift.cusum\t"
				+ ((Equipment) demo.signal(PRESSURE).eContainer()).getTag() + "\n");
		List<IStatus> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		try {
			demo.page().hideView(view);
			WorkbenchEvents.restart();
			view = (EventsView) demo.page().showView(EventsView.ID);
			Replay replay = model.openRecording(file);
			UiWait.until(() -> !replay.seeking(), WAIT, "the first seek");
			EventEntry high = shownFrame("pressure.high");
			EventEntry drift = shownFrame("drift.cusum");
			assertFalse(high.acknowledged());
			assertTrue(drift.acknowledged(), "the file's good line still counts");
		} finally {
			Platform.removeLogListener(listener);
		}
		assertTrue(
				logged.stream()
						.anyMatch(s -> s.getSeverity() == IStatus.WARNING && s.getMessage().contains(saved + ":1")),
				"the damaged line is logged with its file and line: " + logged);
	}

	@Test
	void theViewsFilterComesBackWhenTheViewIsOpenedAgain() throws Exception {
		view.severityFilter().select(Severity.MEDIUM.ordinal());
		view.severityFilter().notifyListeners(SWT.Selection, null);
		view.openOnlyFilter().setSelection(true);
		view.openOnlyFilter().notifyListeners(SWT.Selection, null);
		view.textFilter().setText("PT-101");
		demo.page().hideView(view);

		view = (EventsView) demo.page().showView(EventsView.ID);
		assertEquals(Severity.MEDIUM.ordinal(), view.severityFilter().getSelectionIndex());
		assertTrue(view.openOnlyFilter().getSelection());
		assertEquals("PT-101", view.textFilter().getText());

		// the preference page sets the same minimum severity: an open view follows it
		EventPreferences.node().put(EventPreferences.VIEW_MINIMUM_SEVERITY, Severity.HIGH.name());
		UiWait.until(() -> view.severityFilter().getSelectionIndex() == Severity.HIGH.ordinal(), WAIT,
				"the view to follow the preference");
	}

	private static boolean noEventJobs() {
		return java.util.Arrays.stream(Job.getJobManager().find(null)).noneMatch(
				j -> j.getName().startsWith("Events of the recording") || j.getName().startsWith("Timeline markers"));
	}

	private static void clearViewPreferences() {
		var node = EventPreferences.node();
		node.remove(EventPreferences.VIEW_MINIMUM_SEVERITY);
		node.remove(EventPreferences.VIEW_OPEN_ONLY);
		node.remove(EventPreferences.VIEW_TEXT);
		EventPreferences.flush();
	}

	private EventEntry shownFrame(String source) {
		return UiWait.forValue(() -> find(source).orElse(null), WAIT,
				"the replay's " + source + " frame in the Events view: " + shown());
	}

	private Optional<EventEntry> find(String source) {
		return shown().stream().filter(e -> e.frame().source().equals(source)).findFirst();
	}

	@SuppressWarnings("unchecked")
	private List<EventEntry> shown() {
		return List.copyOf((List<EventEntry>) view.viewer().getInput());
	}

	private int rowOf(EventEntry entry) {
		List<EventEntry> rows = shown();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).key() == entry.key()) {
				return i;
			}
		}
		throw new AssertionError("not shown: " + entry);
	}

	/** Selects the row as a click does: the table's selection, then its Selection event. */
	private void clickRow(EventEntry entry) {
		view.viewer().getTable().setSelection(rowOf(entry));
		Event event = new Event();
		event.item = view.viewer().getTable().getItem(rowOf(entry));
		view.viewer().getTable().notifyListeners(SWT.Selection, event);
	}

	/** A minute of PT-101 at 1 Hz. */
	private void record() throws Exception {
		Signal pressure = demo.signal(PRESSURE);
		FixedClock clock = new FixedClock();
		try (Recorder recorder = new Recorder(file, "opc.tcp://127.0.0.1:4840", List.of(), Duration.ofHours(1),
				clock)) {
			for (int second = 0; second < SECONDS; second++) {
				clock.now = at(second);
				SignalValue value = new SignalValue(5.0 + second % 3 * 0.01, 0, "Good", clock.now, clock.now);
				recorder.valuesChanged(List.of(new ValueChange(pressure, value)));
			}
		}
	}

	private static Instant at(int second) {
		return T0.plusSeconds(second);
	}

	private static final class FixedClock extends Clock {
		Instant now = T0;

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
