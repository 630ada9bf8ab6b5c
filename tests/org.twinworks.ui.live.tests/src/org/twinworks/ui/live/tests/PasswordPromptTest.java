// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.tests;

import org.eclipse.core.runtime.Adapters;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.live.ConnectionState;
import org.twinworks.model.AuthenticationKind;
import org.twinworks.model.TwinPackage;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.PasswordPrompt;
import org.twinworks.ui.live.views.ConnectionsView;
import org.twinworks.ui.live.LiveModel;

/**
 * A user-name endpoint with no stored password: Connect asks for it (the model never holds it), and the session
 * logs in with what was typed; cancelling the prompt connects nothing.
 */
@ExtendWith(ScreenshotOnFailure.class)
class PasswordPromptTest {
	private static final String USER = "commissioner";
	private static final char[] SECRET = "valve-42-open".toCharArray();

	private FreshDemoPlant demo;
	private LivePlant plant;
	private EndpointConnection connection;
	private ConnectionsView view;

	@BeforeEach
	void serveTheDemoToAUser() throws Exception {
		demo = FreshDemoPlant.open();
		plant = new LivePlant();
		plant.acceptUser(USER, SECRET);
		connection = Adapters.adapt(demo.editor(), LiveModel.class).connections().get(0);
		var domain = demo.editor().getEditingDomain();
		CompoundCommand login = new CompoundCommand("User login");
		login.append(SetCommand.create(domain, connection.endpoint(), TwinPackage.Literals.ENDPOINT__AUTHENTICATION,
				AuthenticationKind.USERNAME));
		login.append(SetCommand.create(domain, connection.endpoint(), TwinPackage.Literals.ENDPOINT__USERNAME, USER));
		domain.getCommandStack().execute(login);
		plant.serve(demo, true);
		view = LivePlant.showView(demo.page());
	}

	@AfterEach
	void closeEverything() {
		plant.closeAfter(demo);
	}

	@Test
	void connectAsksForThePasswordAndLogsInWithIt() {
		answerPrompt(new String(SECRET), IDialogConstants.OK_ID);
		LivePlant.pressConnect(view, connection);
		UiWait.until(() -> connection.report() != null, Duration.ofSeconds(30), "logged in: " + connection.lastEvent());
		assertEquals(ConnectionState.CONNECTED, connection.state());
	}

	@Test
	void cancellingThePromptConnectsNothing() {
		answerPrompt("", IDialogConstants.CANCEL_ID);
		LivePlant.pressConnect(view, connection);
		UiWait.flush();
		assertFalse(connection.busy(), "no connect job");
		assertEquals(ConnectionState.DISCONNECTED, connection.state());
	}

	/** The prompt is modal: it is answered from a timer inside its own event loop. */
	private static void answerPrompt(String password, int buttonId) {
		Display display = Display.getCurrent();
		display.timerExec(300, new Runnable() {
			@Override
			public void run() {
				Shell prompt = LiveMenus.shell(PasswordPrompt.TITLE);
				if (prompt == null) {
					display.timerExec(100, this);
					return;
				}
				Widgets.find(prompt, Text.class, t -> (t.getStyle() & SWT.PASSWORD) != 0).orElseThrow()
						.setText(password);
				String label = buttonId == IDialogConstants.OK_ID
						? IDialogConstants.OK_LABEL
						: IDialogConstants.CANCEL_LABEL;
				Widgets.find(prompt, Button.class, b -> label.equals(b.getText())).orElseThrow()
						.notifyListeners(SWT.Selection, null);
			}
		});
	}
}
