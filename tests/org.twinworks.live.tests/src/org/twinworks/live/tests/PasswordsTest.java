// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.Passwords;

/**
 * Endpoint passwords in Equinox secure storage: a storage file in a temporary folder, opened with a fixed master
 * password and no prompting, so no dialog and no provider of the machine is involved.
 */
class PasswordsTest {
	private static final String URL = "opc.tcp://plant.example:4840/twinworks";

	@TempDir
	Path directory;

	private Path file;
	private Passwords passwords;

	@BeforeEach
	void openStorage() throws Exception {
		file = directory.resolve("secure_storage");
		passwords = new Passwords(open(file));
	}

	@Test
	void aStoredPasswordIsFoundAgainAndCanBeDeleted() throws Exception {
		passwords.store(URL, "operator", "s3cret/with:slashes".toCharArray());
		assertArrayEquals("s3cret/with:slashes".toCharArray(), passwords.lookup(URL, "operator").orElseThrow());
		passwords.store(URL, "operator", "changed".toCharArray());
		assertArrayEquals("changed".toCharArray(), passwords.lookup(URL, "operator").orElseThrow());
		assertTrue(passwords.delete(URL, "operator"));
		assertTrue(passwords.lookup(URL, "operator").isEmpty());
		assertFalse(passwords.delete(URL, "operator"), "nothing left to delete");
	}

	@Test
	void anotherEndpointOrUserGetsNothing() throws Exception {
		passwords.store(URL, "operator", "s3cret".toCharArray());
		assertTrue(passwords.lookup("opc.tcp://plant.example:4841/twinworks", "operator").isEmpty());
		assertTrue(passwords.lookup(URL + "/", "operator").isEmpty());
		assertTrue(passwords.lookup(URL, "engineer").isEmpty());
		assertTrue(passwords.lookup(URL, "operator").isPresent());
	}

	@Test
	void thePasswordIsEncryptedOnDiskAndReadableAfterReopening() throws Exception {
		passwords.store(URL, "operator", "plain-text-never".toCharArray());
		String onDisk = Files.readString(file, StandardCharsets.ISO_8859_1);
		assertFalse(onDisk.contains("plain-text-never"), onDisk);
		assertTrue(open(file).node("/org.twinworks.live/endpoints").childrenNames().length == 1);
		assertArrayEquals("plain-text-never".toCharArray(),
				new Passwords(open(file)).lookup(URL, "operator").orElseThrow());
	}

	@Test
	void headlessCommandsFallBackToTheEnvironmentOnlyWhenNothingIsStored() throws Exception {
		passwords.store(URL, "operator", "stored".toCharArray());
		assertEquals("stored", text(Passwords.storedOr(passwords, URL, "operator", "from-env")));
		assertEquals("from-env", text(Passwords.storedOr(passwords, URL, "engineer", "from-env")));
		assertEquals("from-env", text(Passwords.storedOr(null, URL, "operator", "from-env")));
		assertTrue(Passwords.storedOr(passwords, URL, "engineer", "").isEmpty());
		assertTrue(Passwords.storedOr(passwords, URL, "engineer", null).isEmpty());
	}

	/** A storage at {@code file} with a fixed master password: no password provider, no prompt. */
	static ISecurePreferences open(Path file) throws Exception {
		return SecurePreferencesFactory.open(file.toUri().toURL(), Map.of(IProviderHints.DEFAULT_PASSWORD,
				new PBEKeySpec("test-master".toCharArray()), IProviderHints.PROMPT_USER, Boolean.FALSE));
	}

	private static String text(Optional<char[]> password) {
		return password.map(String::new).orElse(null);
	}
}
