// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.events.ui.fleet.FleetTile;
import org.twinworks.events.ui.fleet.FleetTileState;
import org.twinworks.events.ui.fleet.FleetView;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Area;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentKind;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.types.EquipmentTypes;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;

/**
 * The Fleet view on a real display, fed by a real value store: eight pumps of one type, one drawing 15 % more
 * current, shows that one framed red as the only outlier; a type with one instance is not offered.
 */
@ExtendWith(ScreenshotOnFailure.class)
class FleetViewTest {
	private static final TwinFactory F = TwinFactory.eINSTANCE;
	private static final int DEGRADED = 4;

	private final List<Equipment> pumps = new ArrayList<>();
	private Plant plant;
	private ValueStore store;
	private FleetView view;

	@BeforeEach
	void eightPumpsAndALoneMixer() throws Exception {
		plant = F.createPlant();
		plant.setName("fleet");
		Area area = F.createArea();
		area.setName("Pumping");
		plant.getAreas().add(area);
		EquipmentType pump = type("Pump", EquipmentKind.PUMP);
		for (int i = 1; i <= 8; i++) {
			Equipment instance = EquipmentTypes.instantiate(pump, "P-10" + i, "Pump " + i);
			area.getEquipment().add(instance);
			pumps.add(instance);
		}
		area.getEquipment().add(EquipmentTypes.instantiate(type("Mixer", EquipmentKind.MOTOR), "M-1", "Mixer"));
		store = new ValueStore(1000, 100_000);
		view = (FleetView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(FleetView.ID,
				null, IWorkbenchPage.VIEW_ACTIVATE);
	}

	private EquipmentType type(String name, EquipmentKind kind) {
		EquipmentType type = F.createEquipmentType();
		type.setName(name);
		type.setKind(kind);
		Signal current = F.createSignal();
		current.setTag("CUR");
		current.setName("CUR");
		current.setDirection(SignalDirection.INPUT);
		current.setDataType(SignalDataType.DOUBLE);
		type.getSignals().add(current);
		plant.getEquipmentTypes().add(type);
		return type;
	}

	@AfterEach
	void close() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().hideView(view);
		store.close();
	}

	@Test
	void withoutValuesTheViewSaysHowToGetThem() {
		view.show(plant, store);
		assertEquals(List.of("Pump (8)"), view.typeItems(), "only types with two instances or more");
		assertEquals(FleetView.EMPTY, view.statusText());
		assertEquals(8, view.tiles().size());
	}

	@Test
	void theOneDegradedPumpIsTheOnlyOutlierFramedRed() throws Exception {
		view.show(plant, store);
		view.choose("Pump", "CUR");
		Random random = new Random(17);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		// 10 Hz of current, 42 A ± 0.3 A noise, the degraded pump 15 % more, until the view marks an outlier
		// and for two comparisons more
		int afterFirst = -1;
		while (afterFirst < 25) {
			assertTrue(System.nanoTime() < deadline, "no outlier marked within 30 s: " + view.statusText());
			Instant now = Instant.now();
			for (int i = 0; i < pumps.size(); i++) {
				double amps = 42 * (i == DEGRADED ? 1.15 : 1) + random.nextGaussian() * 0.3;
				store.offer(pumps.get(i).getSignals().get(0), new SignalValue(amps, 0, "Good", now, now));
			}
			spin(100);
			if (afterFirst >= 0 || view.tiles().stream().anyMatch(t -> t.state() != null && t.state().outlier())) {
				afterFirst++;
			}
		}
		view.refreshTiles();
		List<FleetTile> tiles = view.tiles();
		assertEquals(8, tiles.size());
		for (int i = 0; i < tiles.size(); i++) {
			FleetTileState state = tiles.get(i).state();
			assertEquals(pumps.get(i), state.equipment());
			assertFalse(state.recent().isEmpty(), "a trend of " + state.equipment().getTag());
			assertEquals(i == DEGRADED, state.outlier(), state.equipment().getTag() + " z " + state.z());
			assertEquals(i == DEGRADED, Math.abs(state.z()) > 3.5, state.equipment().getTag() + " z " + state.z());
		}
		assertEquals("1 outlier among 8 instances", view.statusText());
		UiWait.flush();
		for (int i = 0; i < tiles.size(); i++) {
			RGB edge = pixel(tiles.get(i), 1, FleetTile.HEIGHT / 2);
			if (i == DEGRADED) {
				assertEquals(new RGB(255, 0, 0), edge, "the outlier's red frame");
			} else {
				assertNotEquals(new RGB(255, 0, 0), edge, pumps.get(i).getTag() + " is not framed");
			}
		}
	}

	private static RGB pixel(FleetTile tile, int x, int y) {
		Image image = new Image(tile.getDisplay(), tile.getSize().x, tile.getSize().y);
		GC gc = new GC(image);
		try {
			assertTrue(tile.print(gc), "the tile paints into an image");
			ImageData data = image.getImageData();
			return data.palette.getRGB(data.getPixel(x, y));
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static void spin(long millis) {
		long end = System.nanoTime() + millis * 1_000_000;
		Display display = Display.getCurrent();
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> {
				});
				display.sleep();
			}
		}
	}
}
