// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.tests;

import org.eclipse.core.runtime.Adapters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.live.AuditRecord;
import org.twinworks.live.WriteOutcome;
import org.twinworks.live.WriteResult;
import org.twinworks.model.Signal;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveWrites;
import org.twinworks.ui.live.WriteValueDialog;
import org.twinworks.ui.live.views.AuditLogView;
import org.twinworks.ui.live.views.ConnectionsView;
import org.twinworks.ui.live.LiveModel;

/**
 * Guarded writes against a real virtual plant on 127.0.0.1: disarmed, no write action is enabled anywhere and a
 * programmatic attempt is refused and audited; armed from the Connections view, a value goes through the write
 * dialog with confirmation, is read back and shows in the Audit Log view; an out-of-range value is refused before
 * sending; expiry disables writing again.
 */
@ExtendWith(ScreenshotOnFailure.class)
class GuardedWritesUiTest {
	private static final Duration CONNECT = Duration.ofSeconds(30);
	/** A loop setpoint: read/write, ranged like its measurement. */
	private static final String SETPOINT = "LIC-101.SP";

	private FreshDemoPlant demo;
	private LivePlant plant;
	private EndpointConnection connection;
	private ConnectionsView view;
	private Signal setpoint;

	@BeforeEach
	void connectTheDemoToItsServer() throws Exception {
		demo = FreshDemoPlant.open();
		plant = new LivePlant();
		connection = plant.serve(demo, true);
		view = LivePlant.showView(demo.page());
		LivePlant.pressConnect(view, connection);
		UiWait.until(() -> connection.report() != null, CONNECT, "connected and subscribed: " + connection.lastEvent());
		setpoint = demo.signal(SETPOINT);
		UiWait.until(() -> Adapters.adapt(demo.editor(), LiveModel.class).store().latest(setpoint).isPresent(), CONNECT,
				"a setpoint value");
	}

	@AfterEach
	void closeEverything() {
		for (String title : new String[]{WriteValueDialog.TITLE, "Server Certificate"}) {
			Shell open = LiveMenus.shell(title);
			if (open != null) {
				open.close();
			}
		}
		plant.closeAfter(demo);
	}

	@Test
	void disarmedNoWriteActionIsEnabledAndAProgrammaticWriteIsRefusedAndAudited() throws Exception {
		IAction arm = view.armWritesAction();
		assertFalse(arm.isChecked(), "disarmed by default");
		assertTrue(arm.isEnabled(), "armable while connected");

		Map<String, MenuItem> tree = treeMenu();
		MenuItem write = tree.get("Write Value…");
		assertNotNull(write, "the tree offers Write Value… on a read/write signal: " + tree.keySet());
		assertFalse(write.isEnabled(), "but not enabled while disarmed");
		LiveMenus.hide(demo.editor().getTreeViewer().getControl());

		Map<String, MenuItem> diagram = diagramMenu();
		assertFalse(diagram.get("Write " + SETPOINT + "…").isEnabled(), "disabled on the diagram: " + diagram.keySet());
		LiveMenus.hide(demo.editor().showDiagram().viewer().getControl());

		double before = number(Adapters.adapt(demo.editor(), LiveModel.class).store().latest(setpoint).get().value());
		WriteResult refused = Adapters.adapt(demo.editor(), LiveModel.class).writes().write(binding(), before + 1);
		assertEquals(WriteOutcome.REFUSED, refused.outcome());
		assertEquals("writing is not armed", refused.detail());
		AuditRecord audited = LiveConnections.get().audit().newestFirst().get(0);
		assertEquals(SETPOINT, audited.tag());
		assertEquals(WriteOutcome.REFUSED, audited.outcome());
		assertEquals(System.getProperty("user.name"), audited.user());
	}

	@Test
	void armedAConfirmedWriteIsReadBackAuditedAndShownInTheAuditLog() throws Exception {
		pressArm();
		IAction arm = view.armWritesAction();
		assertTrue(arm.isChecked());
		assertTrue(arm.getText().matches("Writes armed [45]:\\d\\d"), "a visible countdown: " + arm.getText());
		String first = arm.getText();
		UiWait.until(() -> !first.equals(arm.getText()), Duration.ofSeconds(5), "the countdown to move");

		WriteValueDialog dialog = openWriteDialogFromTheTree();
		double low = setpoint.getRangeLow();
		double high = setpoint.getRangeHigh();
		type(dialog, String.valueOf(high + 10));
		assertTrue(dialog.message().contains("outside the engineering range"), dialog.message());
		assertFalse(dialog.confirmation().isEnabled(), "an out-of-range value cannot even be confirmed");
		assertFalse(dialog.writeButton().isEnabled(), "nor sent");

		double target = Math.rint((low + high) / 2 * 10 + 3) / 10;
		type(dialog, String.valueOf(target));
		assertEquals("", dialog.message());
		assertFalse(dialog.writeButton().isEnabled(), "Write waits for the explicit confirmation");
		dialog.confirmation().setSelection(true);
		dialog.confirmation().notifyListeners(SWT.Selection, null);
		assertTrue(dialog.writeButton().isEnabled());
		AuditLogView audit = (AuditLogView) demo.page().showView(AuditLogView.ID);
		dialog.writeButton().notifyListeners(SWT.Selection, null);
		UiWait.until(() -> dialog.result().startsWith("Written. Read back"), CONNECT,
				"the read-back result: " + dialog.result());
		assertTrue(dialog.result().contains(String.valueOf(target).replaceAll("\\.0$", "")), dialog.result());

		UiWait.until(
				() -> audit.viewer().getTable().getItemCount() > 0
						&& SETPOINT.equals(audit.viewer().getTable().getItem(0).getText(3))
						&& "OK".equals(audit.viewer().getTable().getItem(0).getText(7)),
				Duration.ofSeconds(10), "the write at the top of the Audit Log view");
		TableItem row = audit.viewer().getTable().getItem(0);
		assertEquals(String.valueOf(target), row.getText(6), "the new value");
		assertFalse(row.getText(5).isEmpty(), "the old value");
		assertEquals(System.getProperty("user.name"), row.getText(1));
		assertTrue(row.getText(2).startsWith("opc.tcp://127.0.0.1:"), row.getText(2));
		UiWait.until(() -> Math
				.abs(number(Adapters.adapt(demo.editor(), LiveModel.class).store().latest(setpoint).get().value())
						- target) < 1e-6,
				CONNECT, "the subscription to see the written setpoint");
	}

	@Test
	void expiryDisablesEveryWriteAction() throws Exception {
		Adapters.adapt(demo.editor(), LiveModel.class).writes().arm(Duration.ofSeconds(3));
		UiWait.flush();
		assertTrue(view.armWritesAction().isChecked());
		WriteValueDialog dialog = openWriteDialogFromTheTree();
		type(dialog, String.valueOf(setpoint.getRangeLow() + 1));
		dialog.confirmation().setSelection(true);
		dialog.confirmation().notifyListeners(SWT.Selection, null);
		assertTrue(dialog.writeButton().isEnabled());

		UiWait.until(() -> !dialog.writeButton().isEnabled(), Duration.ofSeconds(6), "expiry to disable Write");
		assertTrue(dialog.message().contains("not armed"), dialog.message());
		assertFalse(view.armWritesAction().isChecked(), "the toggle springs back");
		assertEquals("Arm Writes", view.armWritesAction().getText());
		assertFalse(treeMenu().get("Write Value…").isEnabled(), "the tree's action is disabled again");
		LiveMenus.hide(demo.editor().getTreeViewer().getControl());
		WriteResult refused = Adapters.adapt(demo.editor(), LiveModel.class).writes().write(binding(),
				setpoint.getRangeLow() + 1);
		assertEquals("the write session expired", refused.detail());
	}

	@Test
	void theConnectionsViewShowsTheConnectedServersCertificate() throws Exception {
		view.viewer().setSelection(new StructuredSelection(connection), true);
		var button = org.twinworks.tests.harness.Widgets.find(view.viewer().getControl().getParent(),
				org.eclipse.swt.widgets.Button.class, b -> ConnectionsView.SERVER_CERTIFICATE.equals(b.getText()))
				.orElseThrow();
		UiWait.until(button::isEnabled, Duration.ofSeconds(5), "Server Certificate… to be enabled");
		button.notifyListeners(SWT.Selection, null);
		Shell shell = UiWait.forValue(() -> LiveMenus.shell("Server Certificate"), Duration.ofSeconds(5), "the dialog");
		String thumbprint = plant.sim().certificateThumbprint();
		assertTrue(
				org.twinworks.tests.harness.Widgets.find(shell, org.eclipse.swt.widgets.Text.class,
						t -> t.getText().contains("SHA-256: " + thumbprint)
								&& t.getText().contains("Application URI: urn:"))
						.isPresent(),
				"subject, application URI and thumbprint of the server");
		shell.close();
	}

	private void pressArm() {
		IAction arm = view.armWritesAction();
		UiWait.until(arm::isEnabled, Duration.ofSeconds(5), "Arm Writes to be enabled");
		// what the toolbar's check button does when clicked
		arm.setChecked(true);
		arm.run();
		UiWait.flush();
		assertEquals(true, Adapters.adapt(demo.editor(), LiveModel.class).writes().isArmed());
		assertTrue(Adapters.adapt(demo.editor(), LiveModel.class).writes().remaining()
				.compareTo(LiveWrites.DEFAULT_ARMING) <= 0);
	}

	private WriteValueDialog openWriteDialogFromTheTree() {
		MenuItem write = treeMenu().get("Write Value…");
		assertTrue(write.isEnabled(), "Write Value… enabled while armed");
		write.notifyListeners(SWT.Selection, null);
		LiveMenus.hide(demo.editor().getTreeViewer().getControl());
		Shell shell = UiWait.forValue(() -> LiveMenus.shell(WriteValueDialog.TITLE), Duration.ofSeconds(5),
				"the write dialog");
		WriteValueDialog dialog = (WriteValueDialog) shell.getData();
		assertTrue(org.twinworks.tests.harness.Widgets
				.find(shell, org.eclipse.swt.widgets.Text.class, t -> t.getText().equals(binding().getNodeId()))
				.isPresent(), "the dialog names the node");
		return dialog;
	}

	private static void type(WriteValueDialog dialog, String text) {
		dialog.newValueField().setText(text);
		UiWait.flush();
	}

	private Map<String, MenuItem> treeMenu() {
		demo.editor().showTree();
		demo.editor().getTreeViewer().setSelection(new StructuredSelection(setpoint), true);
		Control tree = demo.editor().getTreeViewer().getControl();
		return LiveMenus.shown(tree);
	}

	private Map<String, MenuItem> diagramMenu() {
		DiagramPage diagram = demo.editor().showDiagram();
		diagram.viewer().setSelection(new StructuredSelection(setpoint.getEquipment()));
		return LiveMenus.shown(diagram.viewer().getControl());
	}

	private org.twinworks.model.Binding binding() {
		return Adapters.adapt(demo.editor(), LiveModel.class).writes().binding(setpoint);
	}

	private static double number(Object value) {
		return ((Number) value).doubleValue();
	}

}
