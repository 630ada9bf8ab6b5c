// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.tests;

import org.eclipse.core.runtime.Adapters;
import java.io.IOException;
import java.time.Duration;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IWorkbenchPage;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;
import org.twinworks.tests.live.harness.TestPlant;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.views.ConnectionsView;
import org.twinworks.ui.live.LiveModel;

/**
 * A real virtual plant on 127.0.0.1 (any free port) serving the demo, trusting the workbench's client
 * certificate; and the Connections view driven as a user would: select the endpoint, press Connect.
 */
final class LivePlant {
	private final TestPlant plant;

	LivePlant() throws IOException {
		// the workbench's own client certificate, as it is at each start
		plant = TestPlant.inTemporaryFolder("twinworks-live-ui").trustClientOf(LiveConnections.get().pkiDirectory());
	}

	/** Serves the plants {@code plants} makes instead of the demo (from the next start on). */
	LivePlant serving(java.util.function.Supplier<org.twinworks.model.Plant> plants) {
		plant.serving(plants);
		return this;
	}

	/** The folder the served plant's files go to. */
	java.nio.file.Path directory() {
		return plant.directory();
	}

	/** Accept this user (besides anonymous users) from the next start on. */
	void acceptUser(String name, char[] secret) {
		char[] password = secret.clone();
		plant.configure(config -> config.user(name, password));
	}

	/** Starts the plant: the same PKI and port on restart, the same certificate at the same URL, as a rebooted server. */
	VirtualPlant start() throws IOException {
		return plant.start();
	}

	VirtualPlant sim() {
		return plant.sim();
	}

	/**
	 * Starts this plant and points the demo editor's first endpoint at it (its URL, and its certificate trusted when
	 * {@code trust}): where every live UI test begins.
	 */
	EndpointConnection serve(FreshDemoPlant demo, boolean trust) throws IOException {
		VirtualPlant sim = start();
		EndpointConnection connection = Adapters.adapt(demo.editor(), LiveModel.class).connections().get(0);
		LiveConnections.get().redirect(connection.endpoint(), sim.endpointUrl());
		if (trust) {
			LiveConnections.get().trustServer(sim.certificateThumbprint());
		}
		return connection;
	}

	/** Closes the editors, lets the sessions close in their jobs, then stops the server (so nothing reconnects). */
	void closeAfter(FreshDemoPlant demo) {
		demo.page().closeAllEditors(false);
		UiWait.until(() -> org.eclipse.core.runtime.jobs.Job.getJobManager().find(LiveConnections.class).length == 0,
				Duration.ofSeconds(20), "the live jobs to finish");
		stop();
		UiWait.flush();
	}

	void stop() {
		plant.stop();
	}

	static ConnectionsView showView(IWorkbenchPage page) throws Exception {
		ConnectionsView view = (ConnectionsView) page.showView(ConnectionsView.ID);
		UiWait.flush();
		return view;
	}

	/** Selects the endpoint's row and presses the view's Connect button. */
	static void pressConnect(ConnectionsView view, EndpointConnection connection) {
		press(view, connection, ConnectionsView.CONNECT);
	}

	static void press(ConnectionsView view, EndpointConnection connection, String buttonText) {
		UiWait.until(() -> view.viewer().getTable().getItemCount() > 0, Duration.ofSeconds(5), "rows in the view");
		view.viewer().setSelection(new StructuredSelection(connection), true);
		Button button = Widgets
				.find(view.viewer().getControl().getParent(), Button.class, b -> buttonText.equals(b.getText()))
				.orElseThrow();
		UiWait.until(button::isEnabled, Duration.ofSeconds(10), buttonText + " to be enabled");
		button.notifyListeners(SWT.Selection, null);
	}

	/** The State column of the endpoint's row, as painted. */
	static String stateShown(ConnectionsView view, EndpointConnection connection) {
		return cellShown(view, connection, 3);
	}

	/** A column of the endpoint's row, as painted (3 State, 5 Detail). */
	static String cellShown(ConnectionsView view, EndpointConnection connection, int column) {
		for (var item : view.viewer().getTable().getItems()) {
			if (item.getData() == connection) {
				return item.getText(column);
			}
		}
		return null;
	}
}
