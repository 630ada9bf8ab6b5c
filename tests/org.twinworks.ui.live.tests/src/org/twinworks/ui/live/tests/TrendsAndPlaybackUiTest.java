// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.tests;

import org.eclipse.core.runtime.Adapters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.diagram.overlay.Overlay;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.live.RecordedValue;
import org.twinworks.live.Recording;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.ui.iolist.IoListTable;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveText;
import org.twinworks.ui.live.Replay;
import org.twinworks.ui.live.trends.TrendFrame;
import org.twinworks.ui.live.trends.TrendBackdrop;
import org.twinworks.ui.live.trends.TrendPainter;
import org.twinworks.ui.live.views.ConnectionsView;
import org.twinworks.ui.live.views.PlaybackView;
import org.twinworks.ui.live.views.TrendView;
import org.twinworks.ui.live.LiveModel;

/**
 * Trends, the diagram's value probe and playback against a real virtual plant on 127.0.0.1 and a real recording
 * file: a selected signal's trend advances, the hover readout is the store's value, the limits are drawn; a
 * recorded session played back shows the recorded value on the diagram and in the I/O list at a scrubbed instant.
 */
@ExtendWith(ScreenshotOnFailure.class)
class TrendsAndPlaybackUiTest {
	private static final Duration CONNECT = Duration.ofSeconds(30);
	/** PT-101.PV of the demo: range 0–10 bar, L 1.0, H 7.0, HH 8.5. */
	private static final String PRESSURE = "PT-101.PV";

	private FreshDemoPlant demo;
	private LivePlant plant;
	private EndpointConnection connection;
	private ConnectionsView connections;

	@BeforeEach
	void openTheDemoAndConnectItToARealServer() throws Exception {
		demo = FreshDemoPlant.open();
		plant = new LivePlant();
		connection = plant.serve(demo, true);
		connections = LivePlant.showView(demo.page());
		LivePlant.pressConnect(connections, connection);
		UiWait.until(() -> connection.report() != null, CONNECT, "the subscription: " + connection.lastEvent());
		demo.page().activate(demo.editor());
	}

	@AfterEach
	void closeEverything() {
		plant.closeAfter(demo);
	}

	@Test
	void theTrendOfASelectedSignalAdvancesItsHoverReadsTheStoreAndItsLimitsAreDrawn() throws Exception {
		TrendView view = (TrendView) demo.page().showView(TrendView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		Signal pressure = demo.signal(PRESSURE);
		demo.editor().getTreeViewer().setSelection(new StructuredSelection(pressure), true);
		UiWait.until(() -> view.signals().equals(List.of(pressure)), Duration.ofSeconds(5),
				"the tree's selection to be trended: " + view.signals());
		assertTrue(view.headerText().startsWith("Live"), view.headerText());

		int first = UiWait.forValue(() -> points(view) >= 3 ? points(view) : null, CONNECT, "a few points");
		long firstEnd = view.canvas().frame().end();
		UiWait.until(() -> points(view) > first + 3 && view.canvas().frame().end() > firstEnd + 1000,
				Duration.ofSeconds(15), "the trend to advance: " + points(view) + " points");

		// at most one paint per UI batch: values arrive at 10 Hz, paints follow the batches, not the values
		long paints = view.canvas().paints();
		long batches = Adapters.adapt(demo.editor(), LiveModel.class).uiDeliveries();
		pause(Duration.ofSeconds(2));
		long painted = view.canvas().paints() - paints;
		long delivered = Adapters.adapt(demo.editor(), LiveModel.class).uiDeliveries() - batches;
		assertTrue(painted >= 2 && painted <= delivered + 1, painted + " paints for " + delivered + " UI batches");

		// hover: the readout is the store's value at the cursor's time
		view.canvas().window().follow(false);
		Rectangle plot = view.canvas().frame().plot();
		// halfway through the history so far: a time between many values
		List<SignalValue> history = Adapters.adapt(demo.editor(), LiveModel.class).store().history(pressure);
		long middle = (time(history.get(0)) + time(history.get(history.size() - 1))) / 2;
		TrendFrame before = view.canvas().frame();
		view.canvas().hover(plot.x + (int) ((middle - before.start()) * plot.width / (before.end() - before.start())));
		UiWait.until(() -> view.canvas().frame().hoverTime() > 0, Duration.ofSeconds(5), "a hover readout");
		TrendFrame frame = view.canvas().frame();
		SignalValue expected = lastAtOrBefore(Adapters.adapt(demo.editor(), LiveModel.class).store().history(pressure),
				frame.hoverTime());
		assertNotNull(expected, "the store has a value before the cursor");
		TrendFrame.Reading reading = frame.readings().get(0);
		assertEquals(expected, reading.value(), "the readout is the store's value at the cursor");
		assertTrue(reading.text().contains(LiveText.value(pressure, expected)), reading.text());

		// limits and range: in the frame's model, and as pixels in the signal's colour on their rows
		List<TrendFrame.Line> lines = frame.lines();
		assertEquals(Set.of("L", "H", "HH", "range low", "range high"),
				Set.copyOf(lines.stream().map(TrendFrame.Line::kind).toList()));
		int yH = line(lines, "H").y();
		int yHH = line(lines, "HH").y();
		int yL = line(lines, "L").y();
		assertTrue(yHH < yH && yH < yL, "HH above H above L: " + lines);
		assertEquals(plot.y + plot.height - Math.round((7.0 + 0.5) / 11.0 * plot.height), yH, 1,
				"H at 7 bar on a 0–10 bar range with a 5 % margin");
		Image image = new Image(Display.getCurrent(), view.canvas().control().getClientArea().width,
				view.canvas().control().getClientArea().height);
		TrendBackdrop backdrop = new TrendBackdrop();
		try {
			// drawn anew, then from the kept layers (twice: the second paint reuses them)
			for (int mode = 0; mode < 3; mode++) {
				GC gc = new GC(image);
				TrendFrame painted2 = mode == 0
						? TrendPainter.paint(gc, image.getBounds(), view.canvas().window(), view.canvas().series(), -1)
						: TrendPainter.paint(gc, image.getBounds(), view.canvas().window(), view.canvas().series(), -1,
								backdrop);
				gc.dispose();
				if (mode > 0) {
					assertEquals(1, backdrop.rebuilds(), "a repaint with nothing changed reuses the layers");
					assertEquals(frame.lines(), painted2.lines(), "the kept layers place the lines as a full paint");
				}
				ImageData pixels = image.getImageData();
				RGB first2 = new RGB(31, 119, 180);
				for (TrendFrame.Line l : painted2.lines()) {
					int coloured = 0;
					for (int x = painted2.plot().x; x < painted2.plot().x + painted2.plot().width; x++) {
						// a one-pixel line may fall on the row or beside it, blended: near the colour is enough
						for (int y = l.y() - 1; y <= l.y() + 1; y++) {
							if (near(pixels.palette.getRGB(pixels.getPixel(x, y)), first2)) {
								coloured++;
								break;
							}
						}
					}
					assertTrue(coloured > painted2.plot().width / 5,
							"mode " + mode + ": " + l.kind() + " drawn on row " + l.y() + ": " + coloured + " px");
				}
			}
			// another size draws the layers anew
			Image smaller = new Image(Display.getCurrent(), image.getBounds().width - 40, image.getBounds().height);
			GC gc = new GC(smaller);
			TrendPainter.paint(gc, smaller.getBounds(), view.canvas().window(), view.canvas().series(), -1, backdrop);
			gc.dispose();
			smaller.dispose();
			assertEquals(2, backdrop.rebuilds(), "a resize draws the layers anew");
		} finally {
			backdrop.dispose();
			image.dispose();
		}

		// dragging a range zooms to it and stops following live
		view.canvas().window().follow(true);
		view.canvas().zoomToPixels(plot.x + 10, plot.x + plot.width / 2);
		assertFalse(view.canvas().window().following(), "a zoomed range does not follow live");
	}

	@Test
	void hoveringEquipmentOnTheDiagramProbesItsSignals() throws Exception {
		DiagramPage diagram = demo.editor().showDiagram();
		Signal pressure = demo.signal(PRESSURE);
		Equipment transmitter = pressure.getEquipment();
		UiWait.until(() -> Adapters.adapt(demo.editor(), LiveModel.class).store().latest(pressure).isPresent(), CONNECT,
				"a value");
		NodeFigure node = diagram.viewer().scene().nodes().stream().filter(n -> n.element() == transmitter).findFirst()
				.orElseThrow();
		diagram.viewer().reveal(node.view());
		UiWait.flush();
		Rectangle shape = node.shape();
		Point at = diagram.viewer().viewport().toScreen(shape.x + shape.width / 2, shape.y + shape.height / 2);
		Event move = new Event();
		move.x = at.x;
		move.y = at.y;
		diagram.viewer().canvas().notifyListeners(SWT.MouseMove, move);
		String tip = diagram.viewer().canvas().getToolTipText();
		assertNotNull(tip, "a probe tooltip over PT-101");
		String shown = LiveText.value(pressure,
				Adapters.adapt(demo.editor(), LiveModel.class).store().latest(pressure).orElseThrow());
		assertTrue(
				tip.startsWith("PT-101") && tip.matches("(?s).*\nPT-101\\.PV  [-0-9.]+ bar  Good[^\n]*  [0-9.]+ s.*"),
				"value, quality and age: " + tip + " (the store has " + shown + ")");
	}

	@Test
	void aRecordedSessionPlayedBackShowsTheRecordedValueAtTheScrubbedInstant() throws Exception {
		Path file = Files.createTempDirectory("twinworks-rec").resolve("session.twinrec");
		PlaybackView playback = (PlaybackView) demo.page().showView(PlaybackView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		playback.setFileChooser(save -> file);
		demo.page().activate(demo.editor());
		playback.refresh();
		assertTrue(playback.bannerText().contains("LIVE"), playback.bannerText());
		press(playback, PlaybackView.RECORD);
		assertTrue(playback.bannerText().contains("RECORDING"), playback.bannerText());
		Signal pressure = demo.signal(PRESSURE);
		pause(Duration.ofSeconds(4));
		press(playback, PlaybackView.STOP_RECORDING);
		assertFalse(isEnabled(playback, PlaybackView.OPEN), "no playback while live");
		assertThrows(IllegalStateException.class,
				() -> Adapters.adapt(demo.editor(), LiveModel.class).openRecording(file));

		LivePlant.press(connections, connection, ConnectionsView.DISCONNECT);
		UiWait.until(() -> !connection.hasSession(), CONNECT, "the session to close");
		playback.refresh();
		press(playback, PlaybackView.OPEN);
		Replay replay = Adapters.adapt(demo.editor(), LiveModel.class).replay();
		assertNotNull(replay, "the recording is open");
		assertTrue(playback.bannerText().contains("PLAYBACK"), playback.bannerText());
		connections.refresh();
		UiWait.flush();
		assertEquals("playback", LivePlant.stateShown(connections, connection));
		assertFalse(isEnabled(connections, ConnectionsView.CONNECT), "no connecting while playing back");

		Recording recorded = Recording.read(file);
		assertTrue(recorded.values().size() > 100, recorded.values().size() + " values recorded");
		IoListTable io = demo.editor().showIoList();
		DiagramPage diagram = demo.editor().showDiagram();
		for (int step : new int[]{700, 200}) {
			playback.scrubTo(step);
			Instant at = replay.start()
					.plusMillis(Duration.between(replay.start(), replay.end()).toMillis() * step / 1000);
			SignalValue expected = recordedAt(recorded, PRESSURE, at);
			assertNotNull(expected, "PT-101 was recorded before " + at);
			String text = LiveText.value(pressure, expected);
			UiWait.until(() -> !replay.seeking(), CONNECT, "the seek");
			Overlay overlay = UiWait.forValue(() -> {
				Overlay o = diagram.overlays().overlayFor(pressure.getEquipment());
				return o != null && o.text().startsWith(text) ? o : null;
			}, Duration.ofSeconds(10), "the recorded " + text + " on the diagram at step " + step + ": "
					+ diagram.overlays().overlayFor(pressure.getEquipment()));
			assertNotNull(overlay);
			int row = io.rowOf(pressure);
			UiWait.until(() -> text.equals(io.cell(row, IoListTable.firstLiveColumn())), Duration.ofSeconds(10),
					"the recorded " + text + " in the I/O list: " + io.cell(row, IoListTable.firstLiveColumn()));
			assertTrue(String.valueOf(io.cell(row, IoListTable.firstLiveColumn() + 1)).contains("recorded"),
					"quality " + io.cell(row, IoListTable.firstLiveColumn() + 1));
		}
		// a step that changed PT-101 marks it for a while
		Object before = recordedAt(recorded, PRESSURE, replay.position()).value();
		int changedStep = -1;
		for (int step = 1000; step >= 0 && changedStep < 0; step -= 50) {
			Instant at = replay.start()
					.plusMillis(Duration.between(replay.start(), replay.end()).toMillis() * step / 1000);
			SignalValue there = recordedAt(recorded, PRESSURE, at);
			if (there != null && !there.value().equals(before)) {
				changedStep = step;
			}
		}
		assertTrue(changedStep >= 0, "PT-101 changed during the recording");
		playback.scrubTo(changedStep);
		UiWait.forValue(() -> {
			Overlay o = diagram.overlays().overlayFor(pressure.getEquipment());
			return o != null && o.marked() ? o : null;
		}, Duration.ofSeconds(5),
				"PT-101 marked as changed: " + diagram.overlays().overlayFor(pressure.getEquipment()));

		press(playback, PlaybackView.PLAY_FAST);
		UiWait.until(() -> replay.isPlaying(), Duration.ofSeconds(5), "playing");
		press(playback, PlaybackView.PAUSE);
		press(playback, PlaybackView.BACK_TO_LIVE);
		assertEquals(null, Adapters.adapt(demo.editor(), LiveModel.class).replay());
		connections.refresh();
		UiWait.until(() -> isEnabled(connections, ConnectionsView.CONNECT), Duration.ofSeconds(5), "Connect again");
		UiWait.until(() -> Adapters.adapt(demo.editor(), LiveModel.class).store().latest(pressure).isEmpty(),
				Duration.ofSeconds(5), "no recorded value left to pass for live");
	}

	private static boolean near(RGB a, RGB b) {
		return Math.abs(a.red - b.red) + Math.abs(a.green - b.green) + Math.abs(a.blue - b.blue) < 200;
	}

	private static int points(TrendView view) {
		return view.canvas().series().isEmpty() ? 0 : view.canvas().series().get(0).size();
	}

	private static TrendFrame.Line line(List<TrendFrame.Line> lines, String kind) {
		return lines.stream().filter(l -> l.kind().equals(kind)).findFirst().orElseThrow();
	}

	private static long time(SignalValue v) {
		return (v.sourceTime() != null ? v.sourceTime() : v.serverTime()).toEpochMilli();
	}

	private static SignalValue lastAtOrBefore(List<SignalValue> history, long epochMillis) {
		SignalValue last = null;
		for (SignalValue v : history) {
			Instant t = v.sourceTime() != null ? v.sourceTime() : v.serverTime();
			if (t.toEpochMilli() <= epochMillis) {
				last = v;
			}
		}
		return last;
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

	private static void pause(Duration duration) {
		long end = System.nanoTime() + duration.toNanos();
		UiWait.until(() -> System.nanoTime() > end, duration.plusSeconds(5), "time to pass");
	}

	private static void press(org.eclipse.ui.part.ViewPart view, String text) {
		Button button = button(view, text);
		assertTrue(button.isEnabled(), text + " is enabled");
		button.notifyListeners(SWT.Selection, null);
		UiWait.flush();
	}

	private static boolean isEnabled(org.eclipse.ui.part.ViewPart view, String text) {
		return button(view, text).isEnabled();
	}

	private static Button button(org.eclipse.ui.part.ViewPart view, String text) {
		var root = view.getSite().getShell();
		// the button texts are unique in the window
		return Widgets.findAll(root, Button.class, b -> text.equals(b.getText())).stream().findFirst()
				.orElseThrow(() -> new AssertionError("no button " + text + " in " + view.getTitle()));
	}

}
