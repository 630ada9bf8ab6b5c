// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.live.ConnectionState;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveWrites;
import org.twinworks.ui.live.RecordingTarget;
import org.twinworks.ui.live.browser.OpcUaBrowserView;
import org.twinworks.ui.live.preferences.LivePreferencePage;
import org.twinworks.ui.live.preferences.LivePreferences;
import org.twinworks.ui.live.views.ConnectionsView;

/**
 * Views that outlive their jobs' patience against a real virtual plant: closing the OPC UA browser while it
 * searches and browses logs nothing; Arm Writes arms for the time set on the Live preference page; a recording
 * into an existing file can go to a fresh name beside it.
 */
@ExtendWith(ScreenshotOnFailure.class)
class RobustViewsTest {
	private static final Duration CONNECT = Duration.ofSeconds(30);

	private FreshDemoPlant demo;
	private LivePlant plant;
	private EndpointConnection connection;
	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener log = (status, bundle) -> logged.add(status);
	private PreferenceDialog preferences;

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
		Platform.removeLogListener(log);
		if (preferences != null && preferences.getShell() != null && !preferences.getShell().isDisposed()) {
			preferences.close();
		}
		LivePreferences.setArming(LiveWrites.DEFAULT_ARMING);
		plant.closeAfter(demo);
	}

	@Test
	void closingTheBrowserWhileItSearchesAndBrowsesLogsNothing() throws Exception {
		for (int round = 0; round < 5; round++) {
			OpcUaBrowserView view = showBrowser();
			UiWait.until(view::browsed, CONNECT, "the first level to be browsed");
			Platform.addLogListener(log);
			// the attributes read, the browses of the next level and a search run in jobs; the view closes first
			Object first = view.tree().getTree().getItem(0).getData();
			view.tree().setSelection(new org.eclipse.jface.viewers.StructuredSelection(first), true);
			view.tree().expandToLevel(2);
			Job search = view.search("PV");
			demo.page().hideView(view);
			search.join(CONNECT.toMillis(), null);
			UiWait.flush();
			Thread.sleep(200); // what an asyncExec queued by a late job would run in
			UiWait.flush();
			Platform.removeLogListener(log);
		}
		assertEquals(List.of(), logged.stream().map(s -> s.getMessage() + " " + s.getException()).toList(),
				"nothing logged when the view closed mid-job");
	}

	@Test
	void armWritesArmsForTheTimeSetOnTheLivePreferencePage() throws Exception {
		preferences = PreferencesUtil.createPreferenceDialogOn(demo.page().getWorkbenchWindow().getShell(),
				LivePreferencePage.ID, null, null);
		preferences.setBlockOnOpen(false);
		preferences.open();
		assertTrue(preferences.getSelectedPage() instanceof LivePreferencePage, "the Live page under Twinworks");
		Text minutes = Widgets.find(preferences.getShell(), Text.class, t -> t.getText().equals("5"))
				.orElseThrow(() -> new AssertionError("the arming field shows the default of 5 minutes"));
		minutes.setText("2");
		LiveEditingTest.press(preferences.getShell(), "Apply and Close");
		UiWait.flush();
		assertEquals(Duration.ofMinutes(2), LivePreferences.arming());

		ConnectionsView view = LivePlant.showView(demo.page());
		view.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(connection), true);
		IAction arm = view.armWritesAction();
		UiWait.until(arm::isEnabled, Duration.ofSeconds(10), "Arm Writes to be enabled");
		arm.setChecked(true);
		arm.run();
		UiWait.flush();
		Duration left = connection.model().writes().remaining();
		assertTrue(left.compareTo(Duration.ofMinutes(2)) <= 0 && left.compareTo(Duration.ofMinutes(1)) > 0,
				"armed for the two minutes set, not the default five: " + left);
		assertTrue(arm.getToolTipText().contains("2 minutes"), arm.getToolTipText());
		connection.model().writes().disarm();
	}

	@Test
	void aNewRecordingBesideAnExistingOneGetsAFreshName() throws Exception {
		Path folder = Files.createTempDirectory("twinworks-recordings");
		Path existing = Files.writeString(folder.resolve("plant.twinrec"), "");
		Files.writeString(folder.resolve("plant-2.twinrec"), "");
		assertEquals(folder.resolve("plant-3.twinrec"), RecordingTarget.freshName(existing));
		assertEquals(folder.resolve("notes-2"), RecordingTarget.freshName(folder.resolve("notes")));
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
}
