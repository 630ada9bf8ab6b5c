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
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.events.Severity;
import org.twinworks.events.engine.EventLog;
import org.twinworks.events.engine.LoggedEvent;
import org.twinworks.events.engine.SignalQualityDetector;
import org.twinworks.events.ui.EventEntry;
import org.twinworks.events.ui.WorkbenchEvents;
import org.twinworks.events.ui.badges.EventBadges;
import org.twinworks.events.ui.badges.SeverityImages;
import org.twinworks.events.ui.preferences.EventPreferences;
import org.twinworks.events.ui.view.EventsView;
import org.twinworks.model.Equipment;
import org.twinworks.sim.Fault;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.Screenshots;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.live.harness.TestPlant;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;

/**
 * Events in the workbench on a real display, with the demo plant's editor connected to a virtual plant on 127.0.0.1:
 * a transmitter gone Bad opens a {@code signal.bad} frame that the Events view lists and the diagram badges,
 * acknowledge, filters and Go To act on it, clearing the fault closes the frame and removes the badge, and a
 * recording started while it was open has its opening and closing beside it.
 */
@ExtendWith(ScreenshotOnFailure.class)
class EventsViewUiTest {
	private static final Duration WAIT = Duration.ofSeconds(60);
	private static final Duration THRESHOLD = Duration.ofSeconds(1);
	/** The store's delivery, the engine's tick, the subscription's publishing and the UI batch, generously. */
	private static final Duration SLACK = Duration.ofSeconds(10);

	private WorkbenchEvents events;
	private FreshDemoPlant demo;
	private EventsView view;
	private TestPlant served;
	private VirtualPlant sim;
	private EndpointConnection connection;
	private LiveModel model;
	private Path recording;

	@BeforeEach
	void openTheDemoAndServeIt() throws Exception {
		clearViewFilter();
		events = WorkbenchEvents.get();
		events.setQualityThreshold(THRESHOLD);
		demo = FreshDemoPlant.open();
		view = (EventsView) demo.page().showView(EventsView.ID);
		served = TestPlant.inTemporaryFolder("twinworks-events-ui").trustClientOf(LiveConnections.get().pkiDirectory());
		sim = served.start();
		model = Adapters.adapt(demo.editor(), LiveModel.class);
		connection = model.connections().get(0);
		LiveConnections.get().redirect(connection.endpoint(), sim.endpointUrl());
		LiveConnections.get().trustServer(sim.certificateThumbprint());
		recording = served.directory().resolve("run.twrec");
		UiWait.flush();
	}

	@AfterEach
	void closeEverything() throws Exception {
		if (model.recording() != null) {
			model.stopRecording();
		}
		demo.page().hideView(view);
		demo.page().closeAllEditors(false);
		UiWait.until(() -> Job.getJobManager().find(LiveConnections.class).length == 0, WAIT,
				"the live jobs to finish");
		served.close();
		events.setQualityThreshold(SignalQualityDetector.DEFAULT_THRESHOLD);
		clearViewFilter();
	}

	/** The view keeps its filter in the preferences: each test starts from none and leaves none. */
	private static void clearViewFilter() {
		var node = EventPreferences.node();
		node.remove(EventPreferences.VIEW_MINIMUM_SEVERITY);
		node.remove(EventPreferences.VIEW_OPEN_ONLY);
		node.remove(EventPreferences.VIEW_TEXT);
		EventPreferences.flush();
	}

	@Test
	void aBadTransmitterOpensAFrameTheViewListsAndTheDiagramBadgesUntilItIsCleared() throws Exception {
		DiagramPage diagram = demo.editor().showDiagram();
		Equipment tank = demo.signal("LT-101.PV").getEquipment();
		EventBadges badges = Adapters.adapt(demo.editor(), EventBadges.class);
		assertNotNull(badges, "the plant editor has event badges");
		connection.connect();
		UiWait.until(() -> connection.report() != null, WAIT, "the subscription: " + connection.lastEvent());
		UiWait.until(() -> events.engine(demo.editor().getLoaded().plant()).isPresent(), WAIT,
				"an event engine on the connected plant");
		assertTrue(badQuality(tank).isEmpty(), "a healthy plant: " + view.viewer().getTable().getItemCount());

		long injected = System.nanoTime();
		sim.inject("LT-101.PV", Fault.badQuality());
		EventEntry open = UiWait.forValue(() -> badQuality(tank).filter(e -> e.frame().isOpen()).orElse(null),
				THRESHOLD.plus(SLACK), "an open signal.bad frame for LT-101 in the Events view");
		Duration took = Duration.ofNanos(System.nanoTime() - injected);
		assertTrue(took.compareTo(THRESHOLD.minusMillis(300)) >= 0, "opened after " + took + ", before the threshold");
		assertEquals("open", open.stateText());
		// recording starts with the frame open: the log begins with it, then gets its closing as it happens
		model.startRecording(recording);
		assertEquals(Severity.MEDIUM, open.frame().severity());
		assertTrue(view.statusText().matches("\\d+ open, \\d+ unacknowledged.*"), view.statusText());

		UiWait.until(() -> badges.of(tank) == Severity.MEDIUM, WAIT, "the tank's badge");
		reveal(diagram, tank);
		Rectangle onDiagram = badges.onDiagram(tank);
		assertNotNull(onDiagram, "the badge is on the diagram");
		awaitColour(diagram.viewer().canvas(), onDiagram, true, "the diagram paints the MEDIUM badge");

		int unacknowledged = events.book().unacknowledgedCount();
		assertTrue(view.select(open));
		assertTrue(view.acknowledgeAction().isEnabled());
		view.getSite().getService(IHandlerService.class).executeCommand(EventsView.ACKNOWLEDGE_COMMAND, null);
		EventEntry acknowledged = badQuality(tank).orElseThrow();
		assertEquals("open, acknowledged", acknowledged.stateText());
		assertEquals(unacknowledged - 1, events.book().unacknowledgedCount());
		assertTrue(view.statusText().contains((unacknowledged - 1) + " unacknowledged"), view.statusText());
		assertFalse(view.acknowledgeAction().isEnabled(), "nothing left to acknowledge in the selection");

		view.textFilter().setText("FT-10");
		assertTrue(badQuality(tank).isEmpty(), "the text filter hides the tank's frame");
		view.textFilter().setText("lt-101");
		assertTrue(badQuality(tank).isPresent(), "found by its equipment's tag, whatever the case");
		view.textFilter().setText("");
		selectSeverity(Severity.HIGH);
		assertTrue(badQuality(tank).isEmpty(), "a MEDIUM frame is below HIGH");
		selectSeverity(Severity.MEDIUM);
		assertTrue(badQuality(tank).isPresent());
		view.openOnlyFilter().setSelection(true);
		view.openOnlyFilter().notifyListeners(SWT.Selection, null);
		assertTrue(badQuality(tank).isPresent(), "open, so shown with Open only");

		sim.clear("LT-101.PV");
		UiWait.until(() -> events.book().entries().stream().anyMatch(e -> e.key() == open.key() && !e.frame().isOpen()),
				WAIT, "the frame to close");
		UiWait.until(() -> badQuality(tank).isEmpty(), WAIT, "Open only hides the closed frame");
		view.openOnlyFilter().setSelection(false);
		view.openOnlyFilter().notifyListeners(SWT.Selection, null);
		EventEntry closed = badQuality(tank).orElseThrow();
		assertEquals("closed, acknowledged", closed.stateText());
		assertTrue(view.viewer().getTable().getItem(rowOf(closed)).getText(6).contains(" s)"),
				"the end and the duration are shown");
		UiWait.until(() -> badges.of(tank) == null, WAIT, "the badge to go");
		assertNull(badges.onDiagram(tank));
		awaitColour(diagram.viewer().canvas(), onDiagram, false, "the diagram repaints without the badge");

		assertTrue(view.select(closed));
		assertEquals(List.of(closed.key()), view.selected().stream().map(EventEntry::key).toList());
		assertSame(demo.editor(), view.goToSelected());
		assertSame(tank, demo.editor().getTreeViewer().getStructuredSelection().getFirstElement(),
				"Go To selects the tank in the plant editor");

		model.stopRecording();
		List<LoggedEvent> logged = EventLog.read(EventLog.besideRecording(recording));
		assertEquals(2, logged.stream().filter(e -> e.source().equals(SignalQualityDetector.SOURCE)).count(),
				"the frame open when the recording started, and its closing, beside the recording: " + logged);
		assertTrue(Files.size(recording) > 0);
	}

	/** Scrolls the tank's node into the middle of the canvas, so its badge is on screen. */
	private static void reveal(DiagramPage diagram, Equipment equipment) {
		NodeFigure node = diagram.viewer().scene().figuresOf(equipment).stream().filter(NodeFigure.class::isInstance)
				.map(NodeFigure.class::cast).findFirst()
				.orElseThrow(() -> new AssertionError("the overview shows no node of " + equipment.getTag()));
		diagram.viewer().reveal(node.view());
		UiWait.flush();
	}

	private Optional<EventEntry> badQuality(Equipment equipment) {
		@SuppressWarnings("unchecked")
		List<EventEntry> shown = (List<EventEntry>) view.viewer().getInput();
		return shown.stream().filter(
				e -> e.frame().source().equals(SignalQualityDetector.SOURCE) && e.frame().equipment() == equipment)
				.findFirst();
	}

	private int rowOf(EventEntry entry) {
		@SuppressWarnings("unchecked")
		List<EventEntry> shown = (List<EventEntry>) view.viewer().getInput();
		for (int i = 0; i < shown.size(); i++) {
			if (shown.get(i).key() == entry.key()) {
				return i;
			}
		}
		throw new AssertionError("not shown: " + entry);
	}

	private void selectSeverity(Severity minimum) {
		view.severityFilter().select(minimum.ordinal());
		view.severityFilter().notifyListeners(SWT.Selection, null);
	}

	/** Screen pixels follow a repaint a frame later under GTK: wait for them (the MEDIUM colour, or none). */
	private static void awaitColour(Control control, Rectangle area, boolean shown, String what) {
		UiWait.until(() -> shown ? medium(control, area) > 10 : medium(control, area) == 0, WAIT,
				what + " (" + medium(control, area) + " pixels in " + area + ")");
	}

	private static int medium(Control control, Rectangle area) {
		ImageData pixels = Screenshots.capture(control);
		RGB colour = SeverityImages.colour(Severity.MEDIUM);
		int count = 0;
		for (int x = Math.max(0, area.x); x < Math.min(pixels.width, area.x + area.width); x++) {
			for (int y = Math.max(0, area.y); y < Math.min(pixels.height, area.y + area.height); y++) {
				RGB rgb = pixels.palette.getRGB(pixels.getPixel(x, y));
				if (Math.abs(rgb.red - colour.red) + Math.abs(rgb.green - colour.green)
						+ Math.abs(rgb.blue - colour.blue) < 40) {
					count++;
				}
			}
		}
		return count;
	}
}
