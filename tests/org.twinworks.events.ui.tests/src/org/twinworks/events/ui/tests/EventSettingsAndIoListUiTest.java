// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.events.EventFrame;
import org.twinworks.events.Severity;
import org.twinworks.events.builtin.DriftDetectorProvider;
import org.twinworks.events.engine.EventEngine;
import org.twinworks.events.engine.SignalQualityDetector;
import org.twinworks.events.ui.EventEntry;
import org.twinworks.events.ui.EventSettings;
import org.twinworks.events.ui.WorkbenchEvents;
import org.twinworks.events.ui.badges.EventBadges;
import org.twinworks.events.ui.badges.SeverityImages;
import org.twinworks.events.ui.preferences.EventPreferences;
import org.twinworks.events.ui.view.EventsView;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.sim.Fault;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.Screenshots;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.live.harness.TestPlant;
import org.twinworks.ui.iolist.IoListTable;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;

/**
 * The demo plant's editor connected to a virtual plant on 127.0.0.1: a change of the event preferences restarts
 * the running engine with it (drift off takes the drift detectors out, the new quality threshold is used), a new
 * HIGH frame brings the Events view up unless the preference says not, and an I/O list row gets its equipment's
 * severity badge while a frame is open and loses it when the frame closes.
 */
@ExtendWith(ScreenshotOnFailure.class)
class EventSettingsAndIoListUiTest {
	private static final Duration WAIT = Duration.ofSeconds(60);
	private static final String LEVEL = "LT-101.PV";
	private static final int IO_TAG_COLUMN = 1;

	private WorkbenchEvents events;
	private FreshDemoPlant demo;
	private TestPlant served;
	private VirtualPlant sim;
	private EndpointConnection connection;
	private Plant plant;

	@BeforeEach
	void connectTheDemoToAVirtualPlant() throws Exception {
		clearEnginePreferences();
		events = WorkbenchEvents.get();
		UiWait.flush();
		events.apply(EventSettings.DEFAULT.withQualityThreshold(Duration.ofSeconds(1)));
		demo = FreshDemoPlant.open();
		plant = demo.editor().getLoaded().plant();
		served = TestPlant.inTemporaryFolder("twinworks-events-settings")
				.trustClientOf(LiveConnections.get().pkiDirectory());
		sim = served.start();
		LiveModel model = Adapters.adapt(demo.editor(), LiveModel.class);
		connection = model.connections().get(0);
		LiveConnections.get().redirect(connection.endpoint(), sim.endpointUrl());
		LiveConnections.get().trustServer(sim.certificateThumbprint());
		connection.connect();
		UiWait.until(() -> connection.report() != null, WAIT, "the subscription: " + connection.lastEvent());
		UiWait.until(() -> events.engine(plant).isPresent(), WAIT, "an event engine on the connected plant");
	}

	@AfterEach
	void closeEverything() throws Exception {
		demo.page().closeAllEditors(false);
		UiWait.until(() -> Job.getJobManager().find(LiveConnections.class).length == 0, WAIT,
				"the live jobs to finish");
		served.close();
		clearEnginePreferences();
		UiWait.flush();
		events.apply(EventSettings.DEFAULT);
	}

	@Test
	void aPreferenceChangeRestartsTheRunningEngineWithIt() throws Exception {
		EventEngine before = events.engine(plant).orElseThrow();
		int driftDetectors = new DriftDetectorProvider().detectorsFor(plant).size();
		assertTrue(driftDetectors > 0, "the demo plant has analog signals to watch for drift");
		int detectors = before.detectors();

		var node = EventPreferences.node();
		node.putBoolean(EventPreferences.DRIFT, false);
		node.putInt(EventPreferences.QUALITY_THRESHOLD_SECONDS, 2);
		EventPreferences.flush();
		EventEngine after = UiWait.forValue(() -> events.engine(plant).filter(e -> e != before).orElse(null), WAIT,
				"a new engine with the new settings");
		assertNotSame(before, after);
		assertFalse(events.settings().drift());
		assertEquals(Duration.ofSeconds(2), events.settings().qualityThreshold());
		assertEquals(detectors - driftDetectors, after.detectors(), "the drift detectors are gone, nothing else");

		// the new engine is fed: a Bad transmitter opens its frame after the new threshold, not before
		Equipment tank = demo.signal(LEVEL).getEquipment();
		long injected = System.nanoTime();
		sim.inject(LEVEL, Fault.badQuality());
		EventEntry open = UiWait.forValue(() -> openBadQuality(tank), WAIT, "a signal.bad frame for LT-101");
		Duration took = Duration.ofNanos(System.nanoTime() - injected);
		assertTrue(took.compareTo(Duration.ofMillis(1700)) >= 0, "opened after " + took + ", before 2 s");
		assertTrue(open.frame().isOpen());
		sim.clear(LEVEL);
	}

	@Test
	void anIoListRowHasItsEquipmentsBadgeWhileAFrameIsOpen() throws Exception {
		Signal level = demo.signal(LEVEL);
		Equipment tank = level.getEquipment();
		EventBadges badges = Adapters.adapt(demo.editor(), EventBadges.class);
		assertNotNull(badges);
		IoListTable table = demo.editor().showIoList();
		table.filter(IO_TAG_COLUMN, "T-101");
		UiWait.flush();
		assertNull(badges.ofIoListRow(level), "a healthy plant");
		Signal other = table.visibleSignals().stream().filter(s -> s.getEquipment() != tank).findFirst().orElse(null);

		sim.inject(LEVEL, Fault.badQuality());
		UiWait.until(() -> badges.ofIoListRow(level) == Severity.MEDIUM, WAIT, "the level's row badge");
		if (other != null) {
			assertNull(badges.ofIoListRow(other), "another equipment's row has none: " + other.getTag());
		}
		Rectangle onIoList = UiWait.forValue(() -> badges.onIoList(level), WAIT, "the level's row on screen");
		awaitColour(table.control(), onIoList, true, "the I/O list paints the MEDIUM badge");

		sim.clear(LEVEL);
		UiWait.until(() -> badges.ofIoListRow(level) == null, WAIT, "the badge to go when the frame closes");
		assertNull(badges.onIoList(level));
		awaitColour(table.control(), onIoList, false, "the I/O list repaints without the badge");
	}

	@Test
	void aNewHighFrameBringsTheEventsViewUpUnlessThePreferenceSaysNot() throws Exception {
		IWorkbenchPage page = demo.page();
		hideEventsView(page);
		Equipment tank = demo.signal(LEVEL).getEquipment();
		assertFalse(events.settings().notifyHighSeverity(), "off unless asked for");
		EventPreferences.node().putBoolean(EventPreferences.NOTIFY_HIGH_SEVERITY, true);
		EventPreferences.flush();
		UiWait.until(() -> events.settings().notifyHighSeverity(), WAIT, "the notice on");
		EventEngine engine = events.engine(plant).orElseThrow();
		EventFrame high = engine.open("test.high", Severity.HIGH, tank, "a HIGH frame", Instant.now(), Map.of());
		UiWait.until(() -> page.findView(EventsView.ID) != null, WAIT, "the Events view brought up");
		engine.close(high, Instant.now(), Map.of());
		hideEventsView(page);

		EventPreferences.node().putBoolean(EventPreferences.NOTIFY_HIGH_SEVERITY, false);
		EventPreferences.flush();
		UiWait.until(() -> !events.settings().notifyHighSeverity(), WAIT, "the notice off");
		assertSame(engine, events.engine(plant).orElseThrow(), "the notice is the workbench's: the engine runs on");
		engine.open("test.high", Severity.CRITICAL, tank, "a CRITICAL frame", Instant.now(), Map.of());
		UiWait.until(
				() -> events.book().entries().stream().anyMatch(e -> e.frame().message().equals("a CRITICAL frame")),
				WAIT, "the CRITICAL frame in the book");
		UiWait.flush();
		assertNull(page.findView(EventsView.ID), "the view stays closed when the preference says so");
	}

	private static void hideEventsView(IWorkbenchPage page) {
		IViewPart shown = page.findView(EventsView.ID);
		if (shown != null) {
			page.hideView(shown);
		}
		UiWait.flush();
		assertNull(page.findView(EventsView.ID));
	}

	private EventEntry openBadQuality(Equipment equipment) {
		return events.book().entries().stream().filter(e -> e.frame().isOpen()
				&& e.frame().source().equals(SignalQualityDetector.SOURCE) && e.frame().equipment() == equipment)
				.findFirst().orElse(null);
	}

	private static void clearEnginePreferences() {
		var node = EventPreferences.node();
		EventPreferences.ENGINE_KEYS.forEach(node::remove);
		EventPreferences.flush();
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
