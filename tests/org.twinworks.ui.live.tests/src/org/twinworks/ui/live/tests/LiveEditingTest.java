// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.diagram.overlay.Emphasis;
import org.twinworks.diagram.overlay.Overlay;
import org.twinworks.live.ConnectionState;
import org.twinworks.live.SignalValue;
import org.twinworks.live.binding.BindCommands;
import org.twinworks.model.Binding;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.ValueProbe;

/**
 * Editing the bindings of a connected model against a real virtual plant on 127.0.0.1: a signal bound while
 * connected shows its value on the diagram and in the probe without reopening anything; removing or deactivating
 * the binding takes the overlay away and the monitored count down; undo and redo follow.
 */
@ExtendWith(ScreenshotOnFailure.class)
class LiveEditingTest {
	private static final Duration CONNECT = Duration.ofSeconds(30);
	private static final String PRESSURE_NODE = "nsu=" + DemoPlant.NAMESPACE_URI + ";s=PT-101.PV";

	private FreshDemoPlant demo;
	private LivePlant plant;
	private EndpointConnection connection;

	@BeforeEach
	void openTheDemoAndConnectToItsServer() throws Exception {
		demo = FreshDemoPlant.open();
		plant = new LivePlant();
		connection = plant.serve(demo, true);
		connection.connect();
		UiWait.until(() -> connection.state() == ConnectionState.CONNECTED && connection.report() != null, CONNECT,
				"the demo to connect: " + connection.lastEvent());
	}

	@AfterEach
	void closeEverything() {
		plant.closeAfter(demo);
	}

	@Test
	void aSignalBoundWhileConnectedShowsItsValueAndAnUnboundOneStopsCounting() throws Exception {
		LiveModel live = Adapters.adapt(demo.editor(), LiveModel.class);
		EditingDomain domain = demo.editor().getEditingDomain();
		CommandStack stack = domain.getCommandStack();
		Signal pressure = demo.signal("PT-101.PV");
		Equipment transmitter = pressure.getEquipment();
		DiagramPage diagram = demo.editor().showDiagram();
		UiWait.forValue(() -> shown(diagram.overlays().overlayFor(transmitter)), CONNECT, "an overlay on PT-101");
		long monitored = connection.report().monitored();

		stack.execute(RemoveCommand.create(domain, BindCommands.bindingOf(pressure)));
		UiWait.until(() -> diagram.overlays().overlayFor(transmitter) == null, CONNECT,
				"the overlay of an unbound PT-101 to go: " + diagram.overlays().overlayFor(transmitter));
		UiWait.until(() -> connection.report().monitored() == monitored - 1, CONNECT,
				"one item fewer: " + connection.report().monitored());
		assertFalse(live.signal(pressure).bound(), "no longer counts as bound");
		assertFalse(live.boundSignals().contains(pressure));
		// a probe made now knows nothing of PT-101.PV: binding it must still reach it
		ValueProbe probe = new ValueProbe(live);
		assertNull(probe.probeFor(transmitter), "nothing to probe on an unbound transmitter");

		stack.execute(BindCommands.bind(domain, pressure, connection.endpoint(), PRESSURE_NODE));
		Overlay bound = UiWait.forValue(() -> shown(diagram.overlays().overlayFor(transmitter)), CONNECT,
				"a value on PT-101 once bound, without reopening: " + diagram.overlays().overlayFor(transmitter));
		assertTrue(bound.text().endsWith("bar"), bound.text());
		UiWait.until(() -> connection.report().monitored() == monitored, CONNECT,
				"the item back: " + connection.report().monitored());
		assertTrue(live.signal(pressure).bound());
		String probed = UiWait.forValue(() -> probe.probeFor(transmitter), CONNECT, "a probe on PT-101");
		assertTrue(probed.contains("PT-101.PV") && probed.contains("bar"), probed);

		Binding binding = BindCommands.bindingOf(pressure);
		stack.execute(SetCommand.create(domain, binding, TwinPackage.Literals.BINDING__ACTIVE, false));
		UiWait.until(() -> diagram.overlays().overlayFor(transmitter) == null, CONNECT,
				"a deactivated binding shows nothing");
		UiWait.until(() -> connection.report().monitored() == monitored - 1, CONNECT,
				"a deactivated binding is not monitored: " + connection.report().monitored());

		stack.undo(); // active again
		UiWait.forValue(() -> shown(diagram.overlays().overlayFor(transmitter)), CONNECT, "the value after undo");
		UiWait.until(() -> connection.report().monitored() == monitored, CONNECT, "monitored again after undo");
		stack.undo(); // the bind undone
		UiWait.until(() -> diagram.overlays().overlayFor(transmitter) == null, CONNECT, "unbound again after undo");
		stack.redo();
		UiWait.forValue(() -> shown(diagram.overlays().overlayFor(transmitter)), CONNECT, "the value after redo");
		assertEquals(PRESSURE_NODE, BindCommands.bindingOf(pressure).getNodeId());
		UiWait.until(() -> connection.report().bindings().stream().anyMatch(s -> s.binding() == binding && s.ok()),
				CONNECT, "the report to list the rebound binding as monitored");
		assertEquals(monitored, connection.report().monitored());
	}

	@Test
	void anUnboundSignalsLastValueIsForgottenAndARebindShowsAFreshOne() throws Exception {
		LiveModel live = Adapters.adapt(demo.editor(), LiveModel.class);
		EditingDomain domain = demo.editor().getEditingDomain();
		CommandStack stack = domain.getCommandStack();
		Signal pressure = demo.signal("PT-101.PV");
		Equipment transmitter = pressure.getEquipment();
		DiagramPage diagram = demo.editor().showDiagram();
		UiWait.forValue(() -> shown(diagram.overlays().overlayFor(transmitter)), CONNECT, "an overlay on PT-101");
		long monitored = connection.report().monitored();
		SignalValue old = live.store().latest(pressure).orElseThrow();

		stack.execute(RemoveCommand.create(domain, BindCommands.bindingOf(pressure)));
		UiWait.until(() -> connection.report().monitored() == monitored - 1, CONNECT,
				"one item fewer: " + connection.report().monitored());
		Instant unbound = Instant.now();
		// the removal and the subscription job's end both forget it (a value may arrive in between)
		UiWait.until(() -> live.store().latest(pressure).isEmpty(), CONNECT,
				"the store to forget it: " + live.store().latest(pressure));
		long end = System.nanoTime() + 1_000_000_000L;
		UiWait.until(() -> System.nanoTime() > end, CONNECT, "a second of other signals' values");
		assertTrue(live.store().latest(pressure).isEmpty(), "still nothing: " + live.store().latest(pressure));
		assertTrue(live.store().history(pressure).isEmpty(), "nor a history: " + live.store().history(pressure));
		assertFalse(live.store().snapshot().containsKey(pressure));
		assertTrue(live.store().snapshot().size() > 10, "the other signals keep their values");

		stack.execute(BindCommands.bind(domain, pressure, connection.endpoint(), PRESSURE_NODE));
		SignalValue fresh = UiWait.forValue(() -> live.store().latest(pressure).orElse(null), CONNECT,
				"a value once bound again");
		List<SignalValue> history = live.store().history(pressure);
		assertFalse(history.contains(old), "the value from before the unbinding is gone: " + history);
		assertTrue(!history.get(0).serverTime().isBefore(unbound.minusSeconds(1)),
				"the first value came from the new subscription: " + history.get(0) + ", unbound at " + unbound);
		assertTrue(live.signal(pressure).bound());
		assertTrue(fresh.serverTime() != null);
		UiWait.forValue(() -> shown(diagram.overlays().overlayFor(transmitter)), CONNECT, "a value on PT-101 again");
	}

	@Test
	void anEndpointAddedWhileConnectedIsListedAtOnceAndConnectsWithoutReopening() throws Exception {
		LiveModel live = Adapters.adapt(demo.editor(), LiveModel.class);
		EditingDomain domain = demo.editor().getEditingDomain();
		var twin = demo.editor().getLoaded().plant().getTwin();
		org.twinworks.ui.live.views.ConnectionsView view = LivePlant.showView(demo.page());
		int rows = view.viewer().getTable().getItemCount();
		org.twinworks.model.Endpoint second = org.eclipse.emf.ecore.util.EcoreUtil.copy(connection.endpoint());
		second.setName("Second line");
		domain.getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(domain, twin,
				TwinPackage.Literals.TWIN__ENDPOINTS, second));

		EndpointConnection added = UiWait.forValue(
				() -> live.connections().stream().filter(c -> c.endpoint() == second).findFirst().orElse(null), CONNECT,
				"a connection for the new endpoint");
		assertTrue(LiveConnections.get().connections().contains(added), "the workbench lists it");
		UiWait.until(() -> view.viewer().getTable().getItemCount() == rows + 1, CONNECT,
				"a row in the Connections view: " + view.viewer().getTable().getItemCount());
		assertEquals(ConnectionState.DISCONNECTED, added.state(), "connecting stays the user's action");
		assertEquals(ConnectionState.CONNECTED, connection.state(), "the first endpoint stays connected");

		LiveConnections.get().redirect(second, plant.sim().endpointUrl());
		LivePlant.pressConnect(view, added);
		UiWait.until(() -> added.state() == ConnectionState.CONNECTED && added.report() != null, CONNECT,
				"the new endpoint to connect without reopening: " + added.lastEvent());

		domain.getCommandStack().undo();
		UiWait.until(() -> live.connections().stream().noneMatch(c -> c.endpoint() == second), CONNECT,
				"the removed endpoint's connection to go");
		UiWait.until(() -> !added.hasSession(), CONNECT, "its session to close");
		UiWait.until(() -> view.viewer().getTable().getItemCount() == rows, CONNECT, "its row to go");
		assertFalse(LiveConnections.get().connections().contains(added));
		assertEquals(ConnectionState.CONNECTED, connection.state(), "the first endpoint is untouched");
	}

	@Test
	void oneCommandOfManyBindingEditsResubscribesOnceAndUndoBringsThemBack() throws Exception {
		EditingDomain domain = demo.editor().getEditingDomain();
		var twin = demo.editor().getLoaded().plant().getTwin();
		long monitored = connection.report().monitored();
		// ten removals, each with its own notification, in one command
		org.eclipse.emf.common.command.CompoundCommand removals = new org.eclipse.emf.common.command.CompoundCommand();
		List.copyOf(twin.getBindings().subList(0, 10)).forEach(b -> removals.append(RemoveCommand.create(domain, b)));
		List<String> scheduled = new java.util.concurrent.CopyOnWriteArrayList<>();
		var counter = new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void scheduled(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				if (event.getJob().getName().startsWith("Updating the subscriptions")) {
					scheduled.add(event.getJob().getName());
				}
			}
		};
		org.eclipse.core.runtime.jobs.Job.getJobManager().addJobChangeListener(counter);
		try {
			domain.getCommandStack().execute(removals);
			UiWait.until(() -> connection.report().monitored() == monitored - 10, CONNECT,
					"ten items fewer: " + connection.report().monitored());
			UiWait.flush();
			assertEquals(1, scheduled.size(), "one resubscription per command, not per notification: " + scheduled);
		} finally {
			org.eclipse.core.runtime.jobs.Job.getJobManager().removeJobChangeListener(counter);
		}
		domain.getCommandStack().undo();
		UiWait.until(() -> connection.report().monitored() == monitored, CONNECT, "all back after undo");
		assertEquals(twin.getBindings().size(), connection.report().bindings().size());
	}

	static Overlay shown(Overlay overlay) {
		return overlay != null && Set.of(Emphasis.NORMAL, Emphasis.ALARM, Emphasis.RUNNING).contains(overlay.emphasis())
				? overlay
				: null;
	}

	static void press(org.eclipse.swt.widgets.Control root, String text) {
		Button button = org.twinworks.tests.harness.Widgets
				.find(root, Button.class, b -> text.equals(b.getText().replace("&", ""))).orElseThrow();
		button.notifyListeners(SWT.Selection, null);
	}
}
