// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.wizard.WizardDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.live.ConnectionState;
import org.twinworks.live.binding.AutoBindMatcher.Proposal;
import org.twinworks.live.binding.BindCommands;
import org.twinworks.live.binding.BindableNode;
import org.twinworks.model.Binding;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.rules.NodeIds;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.live.harness.TestPlant;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.browser.AutoBindPage;
import org.twinworks.ui.live.browser.AutoBindWizard;
import org.twinworks.ui.live.browser.NodeChooserDialog;

/**
 * Auto-Bind against a virtual plant that serves PT-101.PV twice (the demo's node and a spare transmitter's, in
 * another folder): the ambiguous match is not bound silently; the chooser lists both with their browse paths and
 * the node chosen there is the one bound.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AutoBindChooserTest {
	private static final Duration CONNECT = Duration.ofSeconds(30);
	private static final String SPARE_NODE = NodeIds.format(DemoPlant.NAMESPACE_URI, "Spare.PT-101.PV");

	private FreshDemoPlant demo;
	private LivePlant plant;
	private EndpointConnection connection;
	private WizardDialog wizard;
	private NodeChooserDialog chooser;

	@BeforeEach
	void openTheDemoAndConnectToAServerWithTwoPressureNodes() throws Exception {
		demo = FreshDemoPlant.open();
		plant = new LivePlant();
		plant.serving(() -> withSparePressure(TestPlant.demoPlant(plant.directory(), "served")));
		connection = plant.serve(demo, true);
		connection.connect();
		UiWait.until(() -> connection.state() == ConnectionState.CONNECTED && connection.report() != null, CONNECT,
				"the plant to connect: " + connection.lastEvent());
	}

	@AfterEach
	void closeEverything() {
		for (var dialog : new org.eclipse.jface.window.Window[]{chooser, wizard}) {
			if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
		}
		plant.closeAfter(demo);
	}

	@Test
	void twoServedNodesForOneSignalOpenTheChooserAndTheChosenOneIsBound() throws Exception {
		EditingDomain domain = demo.editor().getEditingDomain();
		Plant model = demo.editor().getLoaded().plant();
		domain.getCommandStack().execute(RemoveCommand.create(domain, model.getTwin(),
				TwinPackage.Literals.TWIN__BINDINGS, List.copyOf(model.getTwin().getBindings())));
		Signal pressure = demo.signal("PT-101.PV");

		wizard = AutoBindWizard.dialog(demo.editor().getSite().getShell(), demo.editor(), connection);
		wizard.setBlockOnOpen(false);
		wizard.open();
		AutoBindPage page = (AutoBindPage) wizard.getCurrentPage();
		UiWait.until(page::matched, CONNECT, "the server to be browsed: " + page.statusText());
		Proposal ambiguous = page.proposals().stream().filter(p -> p.signal() == pressure).findFirst().orElseThrow();
		assertEquals(2, ambiguous.candidates(), ambiguous.choices().toString());
		assertTrue(ambiguous.ambiguous());
		assertFalse(page.checked().contains(ambiguous), "an ambiguous match is not bound silently");
		assertTrue(page.statusText().contains("1 with several nodes"), page.statusText());

		chooser = page.chooser(ambiguous);
		chooser.setBlockOnOpen(false);
		chooser.open();
		BindableNode spare = chooser.listed().stream().filter(n -> n.node().nodeId().equals(SPARE_NODE)).findFirst()
				.orElseThrow(() -> new AssertionError("the spare node among " + chooser.listed()));
		assertTrue(spare.path().contains("PT-101-SPARE"), "listed with its browse path: " + spare.path());
		chooser.select(spare);
		LiveEditingTest.press(chooser.getShell(), "OK");
		UiWait.flush();

		Proposal chosen = page.proposals().stream().filter(p -> p.signal() == pressure).findFirst().orElseThrow();
		assertEquals(SPARE_NODE, chosen.node().node().nodeId());
		assertTrue(page.checked().contains(chosen), "the chosen node is checked");
		LiveEditingTest.press(wizard.getShell(), "Finish");
		UiWait.flush();
		Binding bound = BindCommands.bindingOf(pressure);
		assertEquals(SPARE_NODE, bound.getNodeId(), "the node chosen is the one bound");
	}

	/** The demo plus a spare pressure transmitter whose signal has PT-101.PV's tag, served at another node. */
	@SuppressWarnings("unchecked")
	private static Plant withSparePressure(Plant demo) {
		Equipment original = (Equipment) EcoreUtil.getObjectsByType(iterable(demo), TwinPackage.Literals.EQUIPMENT)
				.stream().filter(e -> "PT-101".equals(((Equipment) e).getTag())).findFirst().orElseThrow();
		Equipment spare = EcoreUtil.copy(original);
		spare.setTag("PT-101-SPARE");
		spare.getPorts().clear();
		((java.util.List<Object>) original.eContainer().eGet(original.eContainingFeature())).add(spare);
		Signal signal = spare.getSignals().get(0);
		Binding template = demo.getTwin().getBindings().stream()
				.filter(b -> b.getSignal() == original.getSignals().get(0)).findFirst().orElseThrow();
		Binding binding = TwinFactory.eINSTANCE.createBinding();
		binding.setSignal(signal);
		binding.setEndpoint(template.getEndpoint());
		binding.setNodeId(SPARE_NODE);
		demo.getTwin().getBindings().add(binding);
		return demo;
	}

	private static java.util.List<Object> iterable(Plant plant) {
		java.util.List<Object> all = new java.util.ArrayList<>();
		plant.eAllContents().forEachRemaining(all::add);
		return all;
	}
}
