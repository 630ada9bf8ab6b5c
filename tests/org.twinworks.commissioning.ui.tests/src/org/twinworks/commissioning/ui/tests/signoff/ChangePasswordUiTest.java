// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests.signoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.commissioning.record.SignatureMeaning;
import org.twinworks.commissioning.ui.signoff.ChangePasswordDialog;
import org.twinworks.commissioning.ui.signoff.ChangePasswordHandler;
import org.twinworks.commissioning.ui.signoff.PasswordRefused;
import org.twinworks.commissioning.ui.signoff.SignOffDialog;
import org.twinworks.commissioning.ui.signoff.SignerPasswords;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.Widgets;

/**
 * Change Signer Password… run as the menu runs it: a wrong old password and two different new ones are refused with
 * the dialog kept open, then the change is made and the new password signs while the old one no longer does.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ChangePasswordUiTest {
	private static final String OLD = "alice-signs-42";
	private static final String NEW = "alice-signs-2027";

	@TempDir
	Path directory;

	private PlannedDemo planned;
	private SignerPasswords passwords;

	@BeforeEach
	void planTheDemoWithAlicesPasswordInATemporaryStorage() throws Exception {
		planned = PlannedDemo.open();
		passwords = new SignerPasswords(SignerPasswordsTest.open(directory.resolve("secure_storage")),
				Clock.systemUTC());
		passwords.choose("alice", OLD.toCharArray(), OLD.toCharArray());
		SignerPasswords.useInWorkbench(passwords);
	}

	@AfterEach
	void closeEverything() throws Exception {
		SignerPasswords.useInWorkbench(null);
		planned.close();
	}

	@Test
	void theOldPasswordMustMatchTheNewOneIsTypedTwiceThenItSigns() throws Exception {
		ModalDialogs answer = ModalDialogs.whenOpen(ChangePasswordDialog.TITLE, shell -> {
			String wrongOld = change(shell, "alice", "not-her-password", NEW, NEW);
			assertNotNull(wrongOld, "a wrong old password is refused");
			assertTrue(wrongOld.contains("wrong password for alice"), wrongOld);
			String mismatch = change(shell, "alice", OLD, NEW, NEW + "!");
			assertNotNull(mismatch, "two different new passwords are refused");
			assertTrue(mismatch.contains("differ"), mismatch);
			assertNull(change(shell, "alice", OLD, NEW, NEW), "the dialog closes once the password is changed");
		});
		planned.execute(ChangePasswordHandler.COMMAND_ID, null);
		answer.check();

		PasswordRefused old = assertThrows(PasswordRefused.class, () -> passwords.check("alice", OLD.toCharArray()));
		assertTrue(old.getMessage().contains("wrong password"), old.getMessage());
		ModalDialogs signing = ModalDialogs.whenOpen(SignOffDialog.TITLE,
				shell -> assertNull(new SignOffForm(shell).sign("alice", SignatureMeaning.PERFORMED, NEW)));
		new SignOffDialog(planned.demo().editor().getSite().getShell(), planned.record(), planned.check(), passwords)
				.open();
		signing.check();
		assertEquals(List.of("alice"), planned.onDisk().getSignatures().stream().map(s -> s.getName()).toList(),
				"signed with the new password");
	}

	@Test
	void aSignerWithoutAPasswordHasNothingToChange() throws Exception {
		ModalDialogs answer = ModalDialogs.whenOpen(ChangePasswordDialog.TITLE, shell -> {
			String refused = change(shell, "carol", OLD, NEW, NEW);
			assertNotNull(refused);
			assertTrue(refused.contains("no signing password yet"), refused);
			ModalDialogs.press(shell, "Cancel");
		});
		planned.execute(ChangePasswordHandler.COMMAND_ID, null);
		answer.check();
		assertFalse(passwords.hasPassword("carol"));
	}

	/** Fills the dialog and presses OK; returns the error shown, or null when it closed. */
	private static String change(Shell shell, String signer, String old, String typed, String repeated) {
		Widgets.find(shell, Text.class, t -> "printed name".equals(t.getMessage())).orElseThrow().setText(signer);
		List<Text> fields = Widgets.findAll(shell, Text.class, t -> (t.getStyle() & SWT.PASSWORD) != 0);
		assertEquals(3, fields.size(), "old, new and repeated");
		fields.get(0).setText(old);
		fields.get(1).setText(typed);
		fields.get(2).setText(repeated);
		ModalDialogs.press(shell, "OK");
		return shell.isDisposed() ? null : ModalDialogs.errorMessage(shell);
	}
}
