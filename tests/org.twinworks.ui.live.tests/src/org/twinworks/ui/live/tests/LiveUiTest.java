// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.diagram.overlay.Emphasis;
import org.twinworks.diagram.overlay.Overlay;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.twinworks.live.Mismatch;
import org.twinworks.model.Equipment;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.ui.iolist.IoListTable;
import org.twinworks.ui.live.CertificateTrustDialog;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.views.ConnectionsView;
import org.twinworks.ui.live.views.ReconciliationView;

/**
 * The live UI against a real virtual plant on 127.0.0.1: connect from the Connections view, values move in the
 * I/O list, the tree and on the diagram; a stopped server turns values stale and a restarted one brings them
 * back; an unknown server certificate is asked about, and Reject keeps the session closed.
 */
@ExtendWith(ScreenshotOnFailure.class)
class LiveUiTest {
	private static final Duration CONNECT = Duration.ofSeconds(30);

	private FreshDemoPlant demo;
	private LivePlant plant;
	private EndpointConnection connection;

	@BeforeEach
	void openTheDemoAndStartItsServer() throws Exception {
		demo = FreshDemoPlant.open();
		plant = new LivePlant();
		connection = plant.serve(demo, false);
	}

	@AfterEach
	void closeEverything() {
		plant.closeAfter(demo);
	}

	@Test
	void connectingFromTheConnectionsViewMovesValuesInTheIoListTreeAndDiagram() throws Exception {
		LiveConnections.get().trustServer(plant.sim().certificateThumbprint());
		ConnectionsView view = LivePlant.showView(demo.page());
		LivePlant.pressConnect(view, connection);
		UiWait.until(() -> "connected".equals(LivePlant.stateShown(view, connection)), CONNECT,
				"the view to show connected: " + LivePlant.stateShown(view, connection));
		assertTrue(connection.lastEvent().securityMode().contains("SignAndEncrypt"), connection.lastEvent().toString());
		assertEquals(null, view.bannerText(), "a secure session shows no lab-mode banner");

		Signal pressure = demo.signal("PT-101.PV");
		IoListTable io = demo.editor().showIoList();
		int row = io.rowOf(pressure);
		int value = IoListTable.firstLiveColumn();
		String first = UiWait.forValue(() -> nonEmpty(io.cell(row, value)), CONNECT, "a value in the I/O list");
		assertTrue(first.endsWith(" bar"), first);
		UiWait.until(() -> !first.equals(io.cell(row, value)), Duration.ofSeconds(15),
				"the I/O list value to change from " + first);
		assertTrue(String.valueOf(io.cell(row, value + 1)).startsWith("Good"), "quality " + io.cell(row, value + 1));
		assertFalse(String.valueOf(io.cell(row, value + 3)).isEmpty(), "an age");

		DiagramPage diagram = demo.editor().showDiagram();
		Equipment transmitter = pressure.getEquipment();
		Overlay shown = UiWait.forValue(() -> normal(diagram.overlays().overlayFor(transmitter)), CONNECT,
				"an overlay on PT-101");
		UiWait.until(() -> !shown.equals(diagram.overlays().overlayFor(transmitter)), Duration.ofSeconds(15),
				"the PT-101 overlay to change from " + shown.text());
		Overlay pump = diagram.overlays().overlayFor(equipment("P-101"));
		assertEquals(Emphasis.RUNNING, pump.emphasis(), "the duty pump runs: " + pump);

		demo.editor().showTree();
		demo.editor().getTreeViewer().reveal(pressure);
		UiWait.until(() -> treeText(pressure).contains("= "), Duration.ofSeconds(10),
				"the tree label to show a value: " + treeText(pressure));

		long before = connection.model().uiDeliveries();
		long start = System.nanoTime();
		UiWait.until(() -> System.nanoTime() - start > 2_000_000_000L, Duration.ofSeconds(5), "two seconds");
		long perSecond = (connection.model().uiDeliveries() - before) / 2;
		// 153 signals at 10 Hz, but at most one UI batch per frame: the pump paces them at most every 40 ms
		assertTrue(perSecond >= 1 && perSecond <= 26, perSecond + " UI batches per second");
	}

	@Test
	void aStoppedServerTurnsValuesStaleAndARestartedOneRecovers() throws Exception {
		LiveConnections.get().trustServer(plant.sim().certificateThumbprint());
		ConnectionsView view = LivePlant.showView(demo.page());
		LivePlant.pressConnect(view, connection);
		DiagramPage diagram = demo.editor().showDiagram();
		Equipment transmitter = demo.signal("PT-101.PV").getEquipment();
		UiWait.forValue(() -> normal(diagram.overlays().overlayFor(transmitter)), CONNECT, "a live PT-101");

		plant.stop();
		// Milo sees the channel close at once; the keep-alive (5 s + 5 s) bounds it when it does not
		Overlay stale = UiWait.forValue(() -> withEmphasis(diagram.overlays().overlayFor(transmitter), Emphasis.STALE),
				Duration.ofSeconds(15), "stale styling on PT-101: " + diagram.overlays().overlayFor(transmitter));
		assertTrue(stale.text().matches(".* bar · .*s"), "the age is in the text: " + stale.text());
		Overlay pump = diagram.overlays().overlayFor(equipment("P-101"));
		assertEquals(Emphasis.STALE, pump.emphasis(), "no running colour outlives the connection: " + pump);
		IoListTable io = demo.editor().showIoList();
		int row = io.rowOf(demo.signal("PT-101.PV"));
		assertTrue(String.valueOf(io.cell(row, IoListTable.firstLiveColumn() + 1)).contains("stale"),
				"quality " + io.cell(row, IoListTable.firstLiveColumn() + 1));

		plant.start();
		DiagramPage again = demo.editor().showDiagram();
		UiWait.forValue(() -> normal(again.overlays().overlayFor(transmitter)), Duration.ofSeconds(40),
				"PT-101 live again: " + again.overlays().overlayFor(transmitter));
		UiWait.until(() -> "connected".equals(LivePlant.stateShown(view, connection)), CONNECT, "connected again");
	}

	@Test
	void anUnknownCertificateIsShownAndRejectKeepsTheSessionClosed() throws Exception {
		ConnectionsView view = LivePlant.showView(demo.page());
		LivePlant.pressConnect(view, connection);
		Shell dialog = UiWait.forValue(LiveUiTest::trustDialog, CONNECT, "the certificate trust dialog");
		String thumbprint = plant.sim().certificateThumbprint();
		assertTrue(Widgets.find(dialog, Text.class, t -> t.getText().equals(thumbprint)).isPresent(),
				"the dialog shows the SHA-256 thumbprint " + thumbprint);
		assertTrue(Widgets.find(dialog, Text.class, t -> t.getText().startsWith("urn:")).isPresent(),
				"the dialog shows the application URI");
		Widgets.find(dialog, Button.class, b -> CertificateTrustDialog.REJECT.equals(b.getText())).orElseThrow()
				.notifyListeners(SWT.Selection, null);
		UiWait.until(() -> "failed".equals(LivePlant.stateShown(view, connection)), CONNECT,
				"the view to show failed: " + LivePlant.stateShown(view, connection));
		assertTrue(dialog.isDisposed(), "the dialog closed");
		assertFalse(connection.hasSession(), "no session after Reject");
		assertTrue(connection.lastEvent().reason().contains("not trusted"), connection.lastEvent().reason());
	}

	@Test
	void theReconciliationViewListsWhatTheServerDisagreesWithAndGoesToIt() throws Exception {
		LiveConnections.get().trustServer(plant.sim().certificateThumbprint());
		LivePlant.pressConnect(LivePlant.showView(demo.page()), connection);
		UiWait.until(() -> connection.report() != null, CONNECT, "the subscription");
		ReconciliationView view = (ReconciliationView) demo.page().showView(ReconciliationView.ID);
		pressIn(view, ReconciliationView.RECONCILE);
		UiWait.until(() -> view.summary().startsWith("153 bound nodes checked, 0 mismatches"), CONNECT,
				"the demo to reconcile clean: " + view.summary());

		Signal pressure = demo.signal("PT-101.PV");
		var domain = demo.editor().getEditingDomain();
		domain.getCommandStack()
				.execute(SetCommand.create(domain, pressure, TwinPackage.Literals.SIGNAL__RANGE_HIGH, 12.0));
		pressIn(view, ReconciliationView.RECONCILE);
		UiWait.until(() -> view.viewer().getTable().getItemCount() == 1, CONNECT, "one mismatch: " + view.summary());
		ReconciliationView.Row row = (ReconciliationView.Row) view.viewer().getElementAt(0);
		assertEquals(pressure, row.mismatch().signal());
		assertEquals(Mismatch.Aspect.EU_RANGE, row.mismatch().aspect());
		assertTrue(view.viewer().getTable().getItem(0).getText(2).contains("12"), "the model's range is shown");

		view.viewer().setSelection(new StructuredSelection(row), true);
		pressIn(view, ReconciliationView.GO_TO);
		UiWait.flush();
		assertEquals(pressure, demo.editor().getTreeViewer().getStructuredSelection().getFirstElement(),
				"Go To selects the signal in the tree");
	}

	private static void pressIn(ReconciliationView view, String text) {
		Widgets.find(view.viewer().getControl().getParent(), Button.class, b -> text.equals(b.getText())).orElseThrow()
				.notifyListeners(SWT.Selection, null);
	}

	private Equipment equipment(String tag) {
		Plant p = demo.editor().getLoaded().plant();
		for (var it = p.eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (e instanceof Equipment eq && tag.equals(eq.getTag())) {
				return eq;
			}
		}
		throw new AssertionError("no equipment " + tag);
	}

	private String treeText(Signal signal) {
		var widget = demo.editor().getTreeViewer().testFindItem(signal);
		return widget instanceof TreeItem item ? item.getText() : "";
	}

	private static String nonEmpty(Object cell) {
		return cell == null || cell.toString().isEmpty() ? null : cell.toString();
	}

	/** A live overlay that claims a value: neither offline, waiting nor stale. */
	private static Overlay normal(Overlay overlay) {
		return overlay != null && Set.of(Emphasis.NORMAL, Emphasis.ALARM, Emphasis.RUNNING).contains(overlay.emphasis())
				? overlay
				: null;
	}

	private static Overlay withEmphasis(Overlay overlay, Emphasis emphasis) {
		return overlay != null && overlay.emphasis() == emphasis ? overlay : null;
	}

	private static Shell trustDialog() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && CertificateTrustDialog.TITLE.equals(shell.getText())) {
				return shell;
			}
		}
		return null;
	}

}
