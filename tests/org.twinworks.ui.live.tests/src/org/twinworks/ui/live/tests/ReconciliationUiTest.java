// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.diagram.overlay.Decoration;
import org.twinworks.diagram.ui.render.NodeFigure;
import org.twinworks.live.Mismatch;
import org.twinworks.model.Binding;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinPackage;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;
import org.twinworks.live.binding.BindCommands;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.views.ConnectionsView;
import org.twinworks.ui.live.views.ReconciliationView;

/**
 * Settling reconciliation mismatches against a real virtual plant on 127.0.0.1: the model takes the server's
 * values as one undoable command, and the equipment of a mismatching signal carries a warning on the diagram
 * while the mismatch lasts.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReconciliationUiTest {
	private static final Duration CONNECT = Duration.ofSeconds(30);

	private FreshDemoPlant demo;
	private LivePlant plant;
	private EndpointConnection connection;
	private ReconciliationView view;

	@BeforeEach
	void connectToTheDemoServedByAVirtualPlant() throws Exception {
		demo = FreshDemoPlant.open();
		plant = new LivePlant();
		connection = plant.serve(demo, true);
		LivePlant.pressConnect(LivePlant.showView(demo.page()), connection);
		UiWait.until(() -> connection.report() != null, CONNECT, "the subscription");
		view = (ReconciliationView) demo.page().showView(ReconciliationView.ID);
	}

	@AfterEach
	void closeEverything() {
		plant.closeAfter(demo);
	}

	@Test
	void updateModelFromServerSettlesTheMismatchAndItsDiagramWarningAndUndoBringsThemBack() throws Exception {
		DiagramPage diagram = demo.editor().showDiagram();
		Signal pressure = demo.signal("PT-101.PV");
		CommandStack stack = demo.editor().getEditingDomain().getCommandStack();
		stack.execute(SetCommand.create(demo.editor().getEditingDomain(), pressure,
				TwinPackage.Literals.SIGNAL__RANGE_HIGH, 12.0));

		press(ReconciliationView.RECONCILE);
		UiWait.until(() -> view.viewer().getTable().getItemCount() == 1, CONNECT, "one mismatch: " + view.summary());
		ReconciliationView.Row row = (ReconciliationView.Row) view.viewer().getElementAt(0);
		assertEquals(Mismatch.Aspect.EU_RANGE, row.mismatch().aspect());
		assertEquals("EURange", view.viewer().getTable().getItem(0).getText(1));
		String warning = UiWait.forValue(() -> warningOn(diagram, pressure), Duration.ofSeconds(5),
				"a warning on PT-101's node");
		assertEquals("PT-101.PV: EURange model 0.0 .. 12.0, server 0.0 .. 10.0", warning);

		view.viewer().setSelection(new StructuredSelection(row), true);
		Button update = button(ReconciliationView.UPDATE_MODEL);
		assertTrue(update.isEnabled(), "Update is enabled for a range mismatch");
		update.notifyListeners(SWT.Selection, null);
		assertEquals(10.0, pressure.getRangeHigh(), "the model took the server's range");
		// the view reconciles the endpoint again after the update by itself
		UiWait.until(() -> view.summary().startsWith("153 bound nodes checked, 0 mismatches"), CONNECT,
				"no mismatch left: " + view.summary());
		UiWait.until(() -> warningOn(diagram, pressure) == null, Duration.ofSeconds(5), "the warning to go");

		assertEquals("Update Model from Server", stack.getUndoCommand().getLabel(), "one command to undo");
		stack.undo();
		assertEquals(12.0, pressure.getRangeHigh(), "undo restores the model's range");
		press(ReconciliationView.RECONCILE);
		UiWait.until(() -> view.viewer().getTable().getItemCount() == 1, CONNECT,
				"the mismatch back: " + view.summary());
		UiWait.forValue(() -> warningOn(diagram, pressure), Duration.ofSeconds(5), "the warning back");

		LivePlant.press(LivePlant.showView(demo.page()), connection, ConnectionsView.DISCONNECT);
		UiWait.until(() -> warningOn(diagram, pressure) == null, CONNECT, "disconnecting clears the warning");
		UiWait.until(() -> view.viewer().getTable().getItemCount() == 0, CONNECT, "and the view");
	}

	@Test
	void aMissingNodeCannotBeUpdatedFromTheServerAndTheButtonSaysWhy() throws Exception {
		Signal pressure = demo.signal("PT-101.PV");
		Binding binding = BindCommands.bindingOf(pressure);
		var domain = demo.editor().getEditingDomain();
		domain.getCommandStack().execute(SetCommand.create(domain, binding, TwinPackage.Literals.BINDING__NODE_ID,
				binding.getNodeId() + "-missing"));

		press(ReconciliationView.RECONCILE);
		UiWait.until(() -> view.viewer().getTable().getItemCount() == 1, CONNECT, "one mismatch: " + view.summary());
		ReconciliationView.Row row = (ReconciliationView.Row) view.viewer().getElementAt(0);
		assertEquals(Mismatch.Aspect.NODE, row.mismatch().aspect());
		view.viewer().setSelection(new StructuredSelection(row), true);
		Button update = button(ReconciliationView.UPDATE_MODEL);
		assertFalse(update.isEnabled(), "nothing to take from a missing node");
		assertEquals(ReconciliationView.MISSING_NODE_TIP, update.getToolTipText());
	}

	/** The tooltip lines of the reconciliation warnings on the node of the signal's equipment, or null. */
	private static String warningOn(DiagramPage diagram, Signal signal) {
		List<String> lines = diagram.viewer().scene().figuresOf(signal.getEquipment()).stream()
				.filter(NodeFigure.class::isInstance).map(NodeFigure.class::cast).flatMap(n -> n.decorations().stream())
				.filter(d -> d.severity() == Decoration.Severity.WARNING
						&& d.message().startsWith(signal.getTag() + ": "))
				.map(Decoration::message).toList();
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	private void press(String text) {
		button(text).notifyListeners(SWT.Selection, null);
	}

	private Button button(String text) {
		return Widgets.find(view.viewer().getControl().getParent(), Button.class, b -> text.equals(b.getText()))
				.orElseThrow();
	}

}
