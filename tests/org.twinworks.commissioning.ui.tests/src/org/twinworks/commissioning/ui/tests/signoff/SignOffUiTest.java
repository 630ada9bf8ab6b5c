// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests.signoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.commissioning.evidence.ChainHead;
import org.twinworks.commissioning.evidence.ChainVerifier;
import org.twinworks.commissioning.evidence.EvidenceChain;
import org.twinworks.commissioning.evidence.RecordAgainstChain;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.CampaignState;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Signature;
import org.twinworks.commissioning.record.SignatureMeaning;
import org.twinworks.commissioning.signoff.Locks;
import org.twinworks.commissioning.signoff.SignOffRefused;
import org.twinworks.commissioning.ui.signoff.ApprovedBanner;
import org.twinworks.commissioning.ui.signoff.RecordSigning;
import org.twinworks.commissioning.ui.signoff.ReviseDialog;
import org.twinworks.commissioning.ui.signoff.SignCampaignHandler;
import org.twinworks.commissioning.ui.signoff.SignCheckHandler;
import org.twinworks.commissioning.ui.signoff.SignOffDialog;
import org.twinworks.commissioning.ui.signoff.SignerPasswords;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.tests.harness.Widgets;

/**
 * Signing in the workbench on the demo plant's campaign: a performer chooses a password on the first signature, a
 * second person verifies (the performer cannot), a wrong password signs nothing, and approval makes the campaign
 * read-only with a banner until it is revised.
 */
@ExtendWith(ScreenshotOnFailure.class)
class SignOffUiTest {
	private static final String ALICE = "alice-signs-42";
	private static final String BOB = "bob-verifies-7";

	@TempDir
	Path directory;

	private PlannedDemo planned;
	private SignerPasswords passwords;

	@BeforeEach
	void planTheDemoWithPasswordsInATemporaryStorage() throws Exception {
		planned = PlannedDemo.open();
		passwords = new SignerPasswords(SignerPasswordsTest.open(directory.resolve("secure_storage")),
				Clock.systemUTC());
		SignerPasswords.useInWorkbench(passwords);
	}

	@AfterEach
	void closeEverything() throws Exception {
		SignerPasswords.useInWorkbench(null);
		planned.close();
	}

	@Test
	void aPerformerSignsWithANewPasswordAndOnlySomeoneElseMayVerify() throws Exception {
		Check check = planned.check();
		openSignOff(check, form -> {
			form.signer("alice");
			assertTrue(form.asksToRepeat(), "alice's first signature chooses her password");
			assertTrue(form.meaningButton(SignatureMeaning.PERFORMED).isEnabled());
			assertFalse(form.meaningButton(SignatureMeaning.VERIFIED).isEnabled(), "nothing to verify yet");
			assertFalse(form.meaningButton(SignatureMeaning.APPROVED).isEnabled(), "a check is never approved");
			assertTrue(hashShown(form.shell()).matches("[0-9a-f]{64}"), "the content hash is shown");
			assertNull(form.sign("alice", SignatureMeaning.PERFORMED, ALICE));
		});
		assertTrue(passwords.hasPassword("alice"));
		assertEquals(List.of("alice performed " + check.getId()), signatures(planned.campaign()));
		assertEquals(List.of("alice performed " + check.getId()), signatures(planned.onDisk()), "saved");

		openSignOff(check, form -> {
			form.signer("alice");
			assertFalse(form.asksToRepeat(), "alice has a password now");
			assertTrue(ruleShown(form.shell()).contains("Performed by alice"), ruleShown(form.shell()));
			String refused = form.sign("alice", SignatureMeaning.VERIFIED, ALICE);
			assertTrue(refused != null && refused.contains("two-person rule"), "the core's refusal: " + refused);
			ModalDialogs.press(form.shell(), "Cancel");
		});
		assertEquals(1, planned.campaign().getSignatures().size(), "the refused signature was not made");

		openSignOff(check, form -> assertNull(form.sign("bob", SignatureMeaning.VERIFIED, BOB)));
		assertEquals(List.of("alice performed " + check.getId(), "bob verified " + check.getId()),
				signatures(planned.onDisk()));
		assertEvidenceIntact();
	}

	@Test
	void aWrongPasswordIsRefusedAndCountedAndSignsNothing() throws Exception {
		passwords.choose("alice", ALICE.toCharArray(), ALICE.toCharArray());
		ModalDialogs answer = ModalDialogs.whenOpen(SignOffDialog.TITLE, shell -> {
			SignOffForm form = new SignOffForm(shell);
			String refused = form.sign("alice", SignatureMeaning.PERFORMED, "not-alices-password");
			assertTrue(refused != null && refused.contains("wrong password for alice (1 of 5"), refused);
			assertEquals(0, planned.campaign().getSignatures().size());
			assertNull(form.sign("alice", SignatureMeaning.PERFORMED, ALICE), "then the right one signs");
		});
		planned.execute(SignCheckHandler.COMMAND_ID, planned.check());
		answer.check();
		assertEquals(List.of("alice performed " + planned.check().getId()), signatures(planned.onDisk()));
		assertEquals(0, passwords.failures("alice"), "the right password clears the count");
	}

	@Test
	void approvalMakesTheCampaignReadOnlyWithABannerUntilARevision() throws Exception {
		passwords.choose("alice", ALICE.toCharArray(), ALICE.toCharArray());
		Shell host = new Shell(planned.demo().editor().getSite().getShell(), SWT.SHELL_TRIM);
		host.setLayout(new GridLayout());
		ApprovedBanner banner = new ApprovedBanner(host);
		new Label(host, SWT.NONE).setText("a view's content");
		banner.follow(planned.record());
		host.setSize(700, 200);
		host.open();
		try {
			assertEquals("", banner.text(), "no banner while the campaign is editable");

			signCampaign(form -> assertNull(form.sign("alice", SignatureMeaning.PERFORMED, ALICE)));
			signCampaign(form -> {
				assertTrue(form.meaningButton(SignatureMeaning.APPROVED).isEnabled());
				assertNull(form.sign("bob", SignatureMeaning.APPROVED, BOB));
			});

			assertTrue(planned.record().readOnly());
			assertEquals(CampaignState.APPROVED, planned.onDisk().getState());
			UiWait.flush();
			assertTrue(Widgets.isShowing(banner), "the banner shows");
			assertTrue(banner.text().startsWith("Approved by bob on "), banner.text());
			assertTrue(banner.text().endsWith("— read-only; Revise… to change"), banner.text());
			assertThrows(SignOffRefused.class, () -> Locks.requireEditable(planned.campaign()));
			SignOffRefused refused = assertThrows(SignOffRefused.class,
					() -> RecordSigning.sign(planned.record(), "alice", SignatureMeaning.PERFORMED, planned.check()));
			assertTrue(refused.getMessage().contains("approved and locked"), refused.getMessage());
			openSignOff(planned.check(), form -> {
				for (SignatureMeaning meaning : SignatureMeaning.VALUES) {
					assertFalse(form.meaningButton(meaning).isEnabled(), meaning + " on an approved campaign");
				}
				assertTrue(ModalDialogs.errorMessage(form.shell()).contains("approved"));
				ModalDialogs.press(form.shell(), "Cancel");
			});
			assertEvidenceIntact();

			ModalDialogs revise = ModalDialogs.whenOpen(ReviseDialog.TITLE, shell -> {
				List<Text> fields = Widgets.findAll(shell, Text.class, t -> (t.getStyle() & SWT.BORDER) != 0);
				fields.get(0).setText("carol");
				fields.get(1).setText("FT-101 replaced after approval");
				ModalDialogs.press(shell, "Revise");
			});
			Widgets.find(banner, Button.class, b -> ApprovedBanner.REVISE_LABEL.equals(b.getText())).orElseThrow()
					.notifyListeners(SWT.Selection, null);
			revise.check();

			assertFalse(planned.record().readOnly());
			assertEquals(2, planned.onDisk().getRevision());
			assertEquals("carol",
					planned.onDisk().getRevisions().get(planned.onDisk().getRevisions().size() - 1).getAuthor());
			assertEquals("", banner.text(), "the banner goes with the approval");
			assertFalse(Widgets.isShowing(banner));
			assertEvidenceIntact();
		} finally {
			host.dispose();
		}
	}

	private void openSignOff(Check check, Consumer<SignOffForm> answer) {
		ModalDialogs pending = ModalDialogs.whenOpen(SignOffDialog.TITLE,
				shell -> answer.accept(new SignOffForm(shell)));
		new SignOffDialog(planned.demo().editor().getSite().getShell(), planned.record(), check, passwords).open();
		pending.check();
	}

	private void signCampaign(Consumer<SignOffForm> answer) throws Exception {
		ModalDialogs pending = ModalDialogs.whenOpen(SignOffDialog.TITLE,
				shell -> answer.accept(new SignOffForm(shell)));
		planned.execute(SignCampaignHandler.COMMAND_ID, null);
		pending.check();
	}

	private void assertEvidenceIntact() throws Exception {
		Campaign onDisk = planned.onDisk();
		Path chain = EvidenceChain.beside(planned.record().recordFile());
		var verification = ChainVerifier.verify(chain, new ChainHead(onDisk.getChainCount(), onDisk.getChainHead()));
		assertTrue(verification.intact(), verification.message());
		assertEquals(List.of(), RecordAgainstChain.compare(onDisk, chain));
	}

	private static List<String> signatures(Campaign campaign) {
		return campaign.getSignatures().stream().map(SignOffUiTest::describe).toList();
	}

	private static String describe(Signature signature) {
		return signature.getName() + " " + signature.getMeaning().getLiteral() + " "
				+ (signature.getCheck() == null ? "the campaign" : signature.getCheck());
	}

	private static String hashShown(Shell shell) {
		return Widgets
				.find(shell, Text.class,
						t -> (t.getStyle() & SWT.READ_ONLY) != 0 && t.getText().matches("[0-9a-f]{64}"))
				.map(Text::getText).orElse("no hash shown");
	}

	private static String ruleShown(Shell shell) {
		return Widgets.find(shell, Label.class, l -> l.getText().startsWith("Performed by")).map(Label::getText)
				.orElse("");
	}
}
