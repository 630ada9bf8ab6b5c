// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.tests.signoff;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.commissioning.ui.signoff.PasswordRefused;
import org.twinworks.commissioning.ui.signoff.SignerPasswords;
import org.twinworks.tests.live.harness.SettableClock;

/** Signers' passwords in a secure storage file of a temporary folder, opened without any prompt. */
class SignerPasswordsTest {
	private static final char[] RIGHT = "loop-check-42".toCharArray();

	@TempDir
	Path directory;

	private Path file;
	private SettableClock clock;
	private SignerPasswords passwords;

	@BeforeEach
	void openStorage() throws Exception {
		file = directory.resolve("secure_storage");
		clock = new SettableClock(Instant.parse("2026-05-04T08:00:00Z"));
		passwords = new SignerPasswords(open(file), clock);
	}

	@Test
	void theFirstPasswordIsChosenTwiceThenAskedForAndNeverStoredAsItself() throws Exception {
		assertFalse(passwords.hasPassword("Alice"));
		PasswordRefused differ = assertThrows(PasswordRefused.class,
				() -> passwords.choose("Alice", RIGHT, "loop-check-43".toCharArray()));
		assertTrue(differ.getMessage().contains("differ"), differ.getMessage());
		assertThrows(PasswordRefused.class,
				() -> passwords.choose("Alice", "short".toCharArray(), "short".toCharArray()));
		assertFalse(passwords.hasPassword("Alice"));

		passwords.choose("Alice", RIGHT, RIGHT.clone());

		assertTrue(passwords.hasPassword(" alice "), "names compare as the two-person rule compares them");
		assertDoesNotThrow(() -> passwords.check("ALICE", RIGHT));
		assertThrows(PasswordRefused.class, () -> passwords.choose("alice", RIGHT, RIGHT), "chosen once");
		String onDisk = Files.readString(file, StandardCharsets.ISO_8859_1);
		assertFalse(onDisk.contains(new String(RIGHT)), onDisk);
		assertTrue(onDisk.contains("signers"), onDisk);
		SignerPasswords reopened = new SignerPasswords(open(file), clock);
		assertDoesNotThrow(() -> reopened.check("alice", RIGHT), "kept after reopening");
		assertFalse(reopened.hasPassword("bob"));
	}

	@Test
	void wrongPasswordsAreCountedAndTheFifthLocksTheSignerForAMinute() throws Exception {
		passwords.choose("bob", RIGHT, RIGHT.clone());
		for (int i = 1; i < SignerPasswords.MAX_FAILURES; i++) {
			PasswordRefused wrong = assertThrows(PasswordRefused.class,
					() -> passwords.check("bob", "not-the-password".toCharArray()));
			assertTrue(wrong.getMessage().contains("wrong password for bob (" + i + " of 5"), wrong.getMessage());
			assertEquals(i, passwords.failures("bob"));
		}
		PasswordRefused locking = assertThrows(PasswordRefused.class,
				() -> passwords.check("bob", "still-wrong".toCharArray()));
		assertTrue(locking.getMessage().contains("locked for 60 seconds"), locking.getMessage());
		assertNotNull(passwords.lockedFor("bob"));

		PasswordRefused locked = assertThrows(PasswordRefused.class, () -> passwords.check("bob", RIGHT));
		assertTrue(locked.getMessage().contains("try again in"), "even the right password waits: " + locked);
		assertNull(passwords.lockedFor("alice"), "only bob is locked");

		clock.advance(Duration.ofSeconds(61));
		assertNull(passwords.lockedFor("bob"));
		assertDoesNotThrow(() -> passwords.check("bob", RIGHT));
		assertEquals(0, passwords.failures("bob"));
	}

	@Test
	void changingAPasswordNeedsTheOldOneAndTheNewOneTwice() throws Exception {
		char[] next = "commissioning-2027".toCharArray();
		assertThrows(PasswordRefused.class, () -> passwords.change("dave", RIGHT, next, next.clone()),
				"no password to change yet");
		passwords.choose("dave", RIGHT, RIGHT.clone());

		PasswordRefused wrongOld = assertThrows(PasswordRefused.class,
				() -> passwords.change("dave", "not-the-password".toCharArray(), next, next.clone()));
		assertTrue(wrongOld.getMessage().contains("wrong password for dave (1 of 5"), wrongOld.getMessage());
		assertEquals(1, passwords.failures("dave"), "a wrong old password counts towards the lock");
		PasswordRefused differ = assertThrows(PasswordRefused.class,
				() -> passwords.change("dave", RIGHT, next, "commissioning-2028".toCharArray()));
		assertTrue(differ.getMessage().contains("differ"), differ.getMessage());
		assertThrows(PasswordRefused.class,
				() -> passwords.change("dave", RIGHT, "short".toCharArray(), "short".toCharArray()));
		PasswordRefused same = assertThrows(PasswordRefused.class,
				() -> passwords.change("dave", RIGHT, RIGHT.clone(), RIGHT.clone()));
		assertTrue(same.getMessage().contains("is the old one"), same.getMessage());
		assertDoesNotThrow(() -> passwords.check("dave", RIGHT), "every refusal left the old password");

		passwords.change(" Dave ", RIGHT, next, next.clone());
		assertThrows(PasswordRefused.class, () -> passwords.check("dave", RIGHT), "the old one no longer signs");
		assertDoesNotThrow(() -> passwords.check("dave", next));
		assertEquals(0, passwords.failures("dave"));
		assertDoesNotThrow(() -> new SignerPasswords(open(file), clock).check("dave", next), "kept on disk");
	}

	@Test
	void aSignerWithoutAPasswordCannotSignByCheckAlone() {
		PasswordRefused none = assertThrows(PasswordRefused.class, () -> passwords.check("carol", RIGHT));
		assertTrue(none.getMessage().contains("no signing password yet"), none.getMessage());
	}

	/** A storage at {@code file} with a fixed master password: no password provider, no prompt. */
	static ISecurePreferences open(Path file) throws Exception {
		return SecurePreferencesFactory.open(file.toUri().toURL(), Map.of(IProviderHints.DEFAULT_PASSWORD,
				new PBEKeySpec("test-master".toCharArray()), IProviderHints.PROMPT_USER, Boolean.FALSE));
	}
}
