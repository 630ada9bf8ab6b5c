// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.events.builtin.FleetInstance;
import org.twinworks.events.ui.WorkbenchEvents;
import org.twinworks.events.ui.fleet.FleetSource;
import org.twinworks.events.ui.fleet.FleetTile;
import org.twinworks.events.ui.fleet.FleetView;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.live.harness.TestPlant;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;

/**
 * The Fleet view beside the workbench's events, with the demo plant connected to a virtual plant on 127.0.0.1: the
 * view reads the workbench engine's fleet comparison, so opening it adds no listener to the model's value store
 * (one engine, one feed), and when the connection ends (the workbench's engine stops) the view runs its own.
 */
@ExtendWith(ScreenshotOnFailure.class)
class FleetViewSharedEngineTest {
	private static final Duration WAIT = Duration.ofSeconds(60);
	/** The demo plant's eight motors, compared on their current with their speed as the shared condition. */
	private static final String MOTOR = "Induction motor with drive";

	private WorkbenchEvents events;
	private FreshDemoPlant demo;
	private TestPlant served;
	private VirtualPlant sim;
	private EndpointConnection connection;
	private LiveModel model;
	private FleetView view;

	@BeforeEach
	void openTheDemoAndServeIt() throws Exception {
		events = WorkbenchEvents.get();
		demo = FreshDemoPlant.open();
		served = TestPlant.inTemporaryFolder("twinworks-fleet-ui").trustClientOf(LiveConnections.get().pkiDirectory());
		sim = served.start();
		model = Adapters.adapt(demo.editor(), LiveModel.class);
		connection = model.connections().get(0);
		LiveConnections.get().redirect(connection.endpoint(), sim.endpointUrl());
		LiveConnections.get().trustServer(sim.certificateThumbprint());
		UiWait.flush();
	}

	@AfterEach
	void closeEverything() throws Exception {
		if (view != null) {
			demo.page().hideView(view);
		}
		demo.page().closeAllEditors(false);
		UiWait.until(() -> Job.getJobManager().find(LiveConnections.class).length == 0, WAIT,
				"the live jobs to finish");
		served.close();
	}

	@Test
	void theViewReadsTheWorkbenchEngineAndAddsNoFeedToTheStore() throws Exception {
		connection.connect();
		UiWait.until(() -> connection.report() != null, WAIT, "the subscription: " + connection.lastEvent());
		UiWait.until(() -> events.engine(model.plant()).isPresent(), WAIT, "the workbench's engine on the plant");
		int listeners = model.store().listeners();

		view = (FleetView) demo.page().showView(FleetView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		UiWait.until(() -> view.source() != null && view.source().store() == model.store(), WAIT,
				"the view to follow the connected editor");
		FleetSource source = view.source();
		assertFalse(source.ownsEngine(), "the view shares the workbench's engine");
		assertEquals(listeners, model.store().listeners(), "no second feed on the store with the view open");

		// the view's tiles are the workbench comparison's instances, in its order, with its trends
		EquipmentType type = source.fleets().keySet().stream().filter(t -> MOTOR.equals(t.getName())).findFirst()
				.orElseThrow();
		String signal = "CUR";
		view.choose(MOTOR, signal);
		List<FleetInstance> compared = UiWait.forValue(() -> {
			List<FleetInstance> now = events.fleetStatistics(model.store()).orElseThrow().instances(type, signal);
			return now.isEmpty() ? null : now;
		}, WAIT, "the workbench engine to compare the " + type.getName() + " fleet on " + signal);
		view.refreshTiles();
		List<Equipment> shown = view.tiles().stream().map(FleetTile::state).map(s -> s.equipment()).toList();
		assertEquals(compared.stream().map(FleetInstance::equipment).toList(), shown);
		assertFalse(view.tiles().get(0).state().recent().isEmpty(), "a trend from the comparison");

		connection.disconnect();
		UiWait.until(() -> events.engine(model.plant()).isEmpty(), WAIT, "the workbench's engine to stop");
		UiWait.until(source::ownsEngine, WAIT, "the view to run its own engine once the workbench's stopped");
		assertEquals(listeners, model.store().listeners(), "the view's own feed in place of the workbench's");
	}
}
