// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.live.ConnectionState;
import org.twinworks.model.Binding;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;
import org.twinworks.live.binding.AutoBindMatcher.Proposal;
import org.twinworks.ui.live.browser.AutoBindPage;
import org.twinworks.live.binding.AutoBindRules;
import org.twinworks.ui.live.browser.AutoBindWizard;
import org.twinworks.live.binding.BindCommands;
import org.twinworks.ui.live.browser.BindDrop;
import org.twinworks.ui.live.browser.BrowserNode;
import org.twinworks.ui.live.browser.OpcUaBrowserView;
import org.twinworks.ui.live.browser.SubtreeImport;
import org.twinworks.ui.interop.ImportPlantWizard;
import org.twinworks.ui.diagram.DiagramDrop;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.ui.iolist.IoListTable;
import org.twinworks.ui.live.EndpointConnection;

/**
 * The OPC UA browser against a real virtual plant on 127.0.0.1: the demo's address space browsed lazily with its
 * attributes; a variable dropped on a signal, an I/O list row or a diagram node binds it as one undoable command;
 * Auto-Bind proposes the served node of every signal of a model stripped of its bindings, binds them, undo reverts.
 */
@ExtendWith(ScreenshotOnFailure.class)
class BrowserBindingTest {
	private static final Duration CONNECT = Duration.ofSeconds(30);
	private static final String PRESSURE_NODE = "nsu=" + DemoPlant.NAMESPACE_URI + ";s=PT-101.PV";

	private FreshDemoPlant demo;
	private LivePlant plant;
	private EndpointConnection connection;
	private WizardDialog wizard;

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
		if (wizard != null && wizard.getShell() != null && !wizard.getShell().isDisposed()) {
			wizard.close();
		}
		plant.closeAfter(demo);
	}

	@Test
	void browsesTheVirtualPlantLazilyAndShowsANodesAttributes() throws Exception {
		OpcUaBrowserView view = showBrowser();
		List<String> roots = UiWait.forValue(
				() -> view.browsed() && rootTexts(view).size() > 1 ? rootTexts(view) : null, CONNECT,
				"the Objects folder's children: " + rootTexts(view));
		String plantName = demo.editor().getLoaded().plant().getName();
		assertTrue(roots.stream().anyMatch(t -> t.startsWith(plantName + "  (Object")), "the plant's folder: " + roots);

		BrowserNode found = searchPressure(view);
		assertTrue(view.statusText().startsWith("1 matches"), view.statusText());
		assertTrue(found.path().startsWith(plantName + "/") && found.path().endsWith("/PT-101/PT-101.PV"),
				found.path());

		// back to the tree: walk the found path one lazily browsed level at a time
		view.showEndpoint(connection);
		TreeItem item = null;
		for (String segment : found.path().split("/")) {
			TreeItem parent = item;
			if (parent != null) {
				view.tree().expandToLevel(parent.getData(), 1);
			}
			item = UiWait.forValue(() -> view.browsed() ? child(view, parent, segment) : null, CONNECT,
					"the tree to show " + segment);
		}
		assertEquals("PT-101.PV  (Variable, Double)", item.getText());
		assertNotNull(item.getImage(), "a node-class icon");
		view.tree().setSelection(new StructuredSelection(item.getData()), true);
		UiWait.until(() -> "Double".equals(view.attribute("DataType")), CONNECT,
				"the attributes to be read: " + view.attribute("Status"));
		assertEquals(PRESSURE_NODE, view.attribute("NodeId"));
		assertEquals(DemoPlant.NAMESPACE_URI, view.attribute("Namespace URI"));
		assertEquals("Good", view.attribute("Status"));
		assertEquals("0.0 .. 10.0", view.attribute("EURange"));
		assertTrue(view.attribute("EngineeringUnits").startsWith("bar"), view.attribute("EngineeringUnits"));
		assertEquals("CurrentRead", view.attribute("AccessLevel"));
		assertTrue(view.attribute("Value").matches("-?\\d+(\\.\\d+)?(E-?\\d+)?"),
				"a number: " + view.attribute("Value"));
	}

	@Test
	void droppingAVariableOnASignalBindsItAndUndoRemovesTheBinding() throws Exception {
		BrowserNode variable = searchPressure(showBrowser());
		Signal pressure = signal("PT-101.PV");
		EditingDomain domain = demo.editor().getEditingDomain();
		Binding served = BindCommands.bindingOf(pressure);
		domain.getCommandStack().execute(RemoveCommand.create(domain, served));
		assertNull(BindCommands.bindingOf(pressure), "unbound before the drop");

		// what the tree's drop does with the browser's drag (a LocalSelectionTransfer selection of browser nodes)
		LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(variable));
		try {
			Command drop = BindDrop.command(domain, pressure, BindDrop.dragged());
			assertTrue(drop.canExecute());
			domain.getCommandStack().execute(drop);
		} finally {
			LocalSelectionTransfer.getTransfer().setSelection(null);
		}
		Binding bound = BindCommands.bindingOf(pressure);
		assertNotNull(bound, "the drop binds the signal");
		assertEquals(PRESSURE_NODE, bound.getNodeId());
		assertEquals(connection.endpoint(), bound.getEndpoint());
		assertTrue(demo.editor().isDirty());

		domain.getCommandStack().undo();
		assertNull(BindCommands.bindingOf(pressure), "undo removes the binding");

		// the I/O list finds the signal under the mouse, the diagram the equipment: both bind the same way
		IoListTable io = demo.editor().showIoList();
		UiWait.flush();
		Signal third = io.visibleSignals().get(2);
		Point rowPoint = pointOfRow(io, third);
		assertEquals(third, io.signalAt(rowPoint), "the I/O list row under the mouse");
		assertNull(io.signalAt(new Point(rowPoint.x, 1)), "the header is no row");

		DiagramPage diagram = demo.editor().showDiagram();
		UiWait.flush();
		Equipment transmitter = pressure.getEquipment();
		Rectangle shape = ((NodeFigure) diagram.viewer().scene().figuresOf(transmitter).get(0)).shape();
		EObject under = DiagramDrop.elementAt(diagram.viewer(),
				new Point(shape.x + shape.width / 2, shape.y + shape.height / 2));
		assertEquals(transmitter, under, "the diagram node under the mouse");
		domain.getCommandStack().execute(BindDrop.command(domain, under, List.of(variable)));
		assertEquals(PRESSURE_NODE, BindCommands.bindingOf(pressure).getNodeId(), "dropped on PT-101, binds PT-101.PV");
		domain.getCommandStack().undo();
		assertNull(BindCommands.bindingOf(pressure), "undo removes it again");
		assertFalse(BindDrop.command(domain, equipment("P-101"), List.of(variable)).canExecute(),
				"a pump has no signal of that tag: nothing to bind");
	}

	@Test
	void autoBindProposesTheServedNodesOfAnUnboundModelAppliesThemAndUndoReverts() throws Exception {
		EditingDomain domain = demo.editor().getEditingDomain();
		Plant model = demo.editor().getLoaded().plant();
		Map<Signal, String> served = new HashMap<>();
		model.getTwin().getBindings().forEach(b -> served.put(b.getSignal(), b.getNodeId()));
		domain.getCommandStack().execute(RemoveCommand.create(domain, model.getTwin(),
				TwinPackage.Literals.TWIN__BINDINGS, List.copyOf(model.getTwin().getBindings())));
		assertEquals(0, model.getTwin().getBindings().size());

		wizard = AutoBindWizard.dialog(demo.editor().getSite().getShell(), demo.editor(), connection);
		wizard.setBlockOnOpen(false);
		wizard.open();
		AutoBindPage page = (AutoBindPage) wizard.getCurrentPage();
		long start = System.nanoTime();
		UiWait.until(page::matched, CONNECT, "the server to be browsed: " + page.statusText());
		System.out.printf("Auto-Bind: browsed and matched in %d ms: %s%n", (System.nanoTime() - start) / 1_000_000,
				page.statusText());
		assertEquals(served.size(), page.proposals().size(), page.statusText());
		for (Proposal proposal : page.proposals()) {
			assertEquals(served.get(proposal.signal()), proposal.node().node().nodeId(), proposal.signal().getTag());
			assertTrue(proposal.typesAgree(), proposal.signal().getTag() + ": " + proposal.node().node().dataType());
		}
		assertEquals(served.size(), page.checked().size(), "every unambiguous match with agreeing types is checked");

		page.setRules(new AutoBindRules("", "/", true, false, true));
		assertEquals(0, page.proposals().size(), "no browse path ends with PT-101/PV");
		page.setRules(new AutoBindRules("", ".", true, false, true));
		assertEquals(served.size(), page.proposals().size(), "every browse path ends with the tag");
		Proposal unchecked = page.proposals().get(0);
		page.setChecked(unchecked, false);

		Button finish = Widgets
				.find(wizard.getShell(), Button.class, b -> "Finish".equals(b.getText().replace("&", "")))
				.orElseThrow();
		assertTrue(finish.isEnabled());
		finish.notifyListeners(SWT.Selection, null);
		UiWait.flush();
		assertTrue(wizard.getShell() == null || wizard.getShell().isDisposed(), "Finish closes the wizard");
		assertEquals(served.size() - 1, model.getTwin().getBindings().size(), "every checked match is bound");
		for (Binding binding : model.getTwin().getBindings()) {
			assertEquals(served.get(binding.getSignal()), binding.getNodeId(), binding.getSignal().getTag());
			assertEquals(connection.endpoint(), binding.getEndpoint());
		}
		assertNull(BindCommands.bindingOf(unchecked.signal()), "an unchecked match is left alone");

		domain.getCommandStack().undo();
		assertEquals(0, model.getTwin().getBindings().size(), "one undo reverts the whole Auto-Bind");
	}

	@Test
	void importingThePlantsFolderFromItsServerAdoptsTheNodesAsSourcesAsOneUndoableCommand() throws Exception {
		OpcUaBrowserView view = showBrowser();
		String plantName = demo.editor().getLoaded().plant().getName();
		TreeItem root = UiWait.forValue(() -> view.browsed() ? child(view, null, plantName) : null, CONNECT,
				"the plant's folder: " + rootTexts(view));
		Signal pressure = signal("PT-101.PV");
		long signalsBefore = signalCount();
		StringBuilder why = new StringBuilder();

		wizard = SubtreeImport.dialog(view.getSite().getShell(), demo.page(), connection, (BrowserNode) root.getData(),
				why::append);
		assertNotNull(wizard, why.toString());
		wizard.setBlockOnOpen(false);
		wizard.open();
		ImportPlantWizard importing = (ImportPlantWizard) wizard.getCurrentPage().getWizard();
		UiWait.until(importing::canFinish, CONNECT, "the preview of the import: " + importing.previewError());
		assertNull(pressure.getSourceId(), "nothing changes before Finish");
		assertTrue(importing.performFinish());
		wizard.close();

		assertEquals("opcua:" + PRESSURE_NODE, pressure.getSourceId());
		assertEquals(signalsBefore, signalCount(), "the served signals are the plant's own, not copies");
		demo.editor().getEditingDomain().getCommandStack().undo();
		assertNull(pressure.getSourceId(), "one Undo takes the import back");
	}

	private long signalCount() {
		long count = 0;
		for (var all = demo.editor().getLoaded().plant().eAllContents(); all.hasNext();) {
			if (all.next() instanceof Signal) {
				count++;
			}
		}
		return count;
	}

	private OpcUaBrowserView showBrowser() throws Exception {
		OpcUaBrowserView view = (OpcUaBrowserView) demo.page().showView(OpcUaBrowserView.ID);
		UiWait.until(() -> {
			try {
				view.showEndpoint(connection);
				return true;
			} catch (IllegalArgumentException notYet) {
				return false;
			}
		}, CONNECT, "the browser to list the connected endpoint");
		return view;
	}

	/** Searches the browse names for PT-101.PV and returns the one result. */
	private BrowserNode searchPressure(OpcUaBrowserView view) throws InterruptedException {
		view.search("PT-101.PV").join();
		return UiWait.forValue(
				() -> view.tree().getTree().getItemCount() == 1
						&& view.tree().getTree().getItem(0).getData() instanceof BrowserNode n ? n : null,
				CONNECT, "one search result: " + view.statusText());
	}

	private static List<String> rootTexts(OpcUaBrowserView view) {
		return java.util.Arrays.stream(view.tree().getTree().getItems()).map(TreeItem::getText).toList();
	}

	/** The child of {@code parent} (null: the top level) whose node has this browse name, once browsed. */
	private static TreeItem child(OpcUaBrowserView view, TreeItem parent, String browseName) {
		TreeItem[] items = parent == null ? view.tree().getTree().getItems() : parent.getItems();
		for (TreeItem item : items) {
			if (item.getData() instanceof BrowserNode node && node.node().browseName().equals(browseName)) {
				return item;
			}
		}
		return null;
	}

	/** A point in the table's control over the signal's row (found by scanning, as a mouse would). */
	private static Point pointOfRow(IoListTable io, Signal signal) {
		int height = io.control().getClientArea().height;
		for (int y = 0; y < height; y += 2) {
			if (io.signalAt(new Point(60, y)) == signal) {
				return new Point(60, y);
			}
		}
		throw new AssertionError(signal.getTag() + " is not in a visible row (row " + io.rowOf(signal) + ")");
	}

	private Signal signal(String tag) {
		for (var it = demo.editor().getLoaded().plant().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Signal s && tag.equals(s.getTag())) {
				return s;
			}
		}
		throw new AssertionError("no signal " + tag);
	}

	private Equipment equipment(String tag) {
		for (var it = demo.editor().getLoaded().plant().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Equipment e && tag.equals(e.getTag())) {
				return e;
			}
		}
		throw new AssertionError("no equipment " + tag);
	}
}
