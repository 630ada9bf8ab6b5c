// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.signoff;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.jspecify.annotations.Nullable;

/**
 * One password per signer, so that a signature needs the signer's name and something only the signer knows, not just
 * the laptop. Kept in Equinox secure storage under {@code /org.twinworks.commissioning/signers/<name>} as a salted
 * PBKDF2 hash (the hash itself encrypted by the storage), never as the password. Names are compared as the core's
 * two-person rule compares them: trimmed, ignoring case. Wrong passwords are counted in the storage, so restarting
 * does not reset them: after {@value #MAX_FAILURES} the signer is locked out for {@link #LOCKOUT}.
 */
public final class SignerPasswords {
	public static final int MAX_FAILURES = 5;
	public static final Duration LOCKOUT = Duration.ofMinutes(1);
	public static final int MIN_LENGTH = 8;
	private static final String ROOT = "/org.twinworks.commissioning/signers";
	private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
	/** OWASP's figure for PBKDF2-HMAC-SHA256 (2023); stored per signer so a later raise keeps old hashes readable. */
	private static final int ITERATIONS = 600_000;
	private static final int SALT_BYTES = 16;
	private static final int HASH_BITS = 256;
	private static final String HASH = "hash";
	private static final String SALT = "salt";
	private static final String ROUNDS = "iterations";
	private static final String FAILURES = "failures";
	private static final String LOCKED_UNTIL = "lockedUntil";

	private static @Nullable SignerPasswords workbench;

	private final ISecurePreferences storage;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	/** Passwords kept in {@code storage} (tests open one in a temporary file with a fixed master password). */
	public SignerPasswords(ISecurePreferences storage, Clock clock) {
		this.storage = Objects.requireNonNull(storage);
		this.clock = Objects.requireNonNull(clock);
	}

	/** The user's default secure storage, which may ask for its master password. */
	public static SignerPasswords openDefault() throws IOException {
		ISecurePreferences storage = SecurePreferencesFactory.getDefault();
		if (storage == null) {
			throw new IOException("Equinox secure storage is not available: signatures cannot be made");
		}
		return new SignerPasswords(storage, Clock.systemUTC());
	}

	/** The passwords the workbench's sign-off commands use: the default storage, unless a test put its own. */
	public static synchronized SignerPasswords workbench() throws IOException {
		SignerPasswords current = workbench;
		if (current == null) {
			current = openDefault();
			workbench = current;
		}
		return current;
	}

	/** Puts {@code replacement} (null: the default storage again) in place for the commands; returns the previous. */
	public static synchronized @Nullable SignerPasswords useInWorkbench(@Nullable SignerPasswords replacement) {
		SignerPasswords previous = workbench;
		workbench = replacement;
		return previous;
	}

	/** True when the signer has chosen a password (the first signature chooses it). */
	public boolean hasPassword(String signer) {
		String path = path(signer);
		return storage.nodeExists(path) && Arrays.asList(storage.node(path).keys()).contains(HASH);
	}

	/**
	 * The signer's first password, typed twice.
	 *
	 * @throws PasswordRefused when the signer has one already, the two differ or it is too short
	 */
	public void choose(String signer, char[] password, char[] repeated) throws PasswordRefused, IOException {
		if (hasPassword(signer)) {
			throw new PasswordRefused(display(signer) + " has a password already: enter it to sign");
		}
		acceptable(signer, password, repeated);
		store(signer, password);
	}

	/**
	 * Replaces the signer's password: the old one must be right (a wrong one counts towards the lock, as when signing),
	 * the new one typed twice the same, long enough and not the old one again.
	 *
	 * @throws PasswordRefused when the signer has no password yet, the old one is wrong or the signer locked out, the
	 *             two new ones differ, the new one is too short or the same as the old
	 */
	public void change(String signer, char[] oldPassword, char[] password, char[] repeated)
			throws PasswordRefused, IOException {
		acceptable(signer, password, repeated);
		if (Arrays.equals(oldPassword, password)) {
			throw new PasswordRefused("the new password of " + display(signer) + " is the old one: choose another");
		}
		check(signer, oldPassword);
		store(signer, password);
	}

	private static void acceptable(String signer, char[] password, char[] repeated) throws PasswordRefused {
		if (!Arrays.equals(password, repeated)) {
			throw new PasswordRefused("the two passwords for " + display(signer) + " differ: type the same twice");
		}
		if (password.length < MIN_LENGTH) {
			throw new PasswordRefused("a signer's password has at least " + MIN_LENGTH + " characters");
		}
	}

	private void store(String signer, char[] password) throws IOException {
		byte[] salt = new byte[SALT_BYTES];
		random.nextBytes(salt);
		ISecurePreferences node = storage.node(path(signer));
		try {
			node.put(SALT, encode(salt), false);
			node.putInt(ROUNDS, ITERATIONS, false);
			node.put(HASH, encode(hash(password, salt, ITERATIONS)), true);
			node.putInt(FAILURES, 0, false);
		} catch (StorageException e) {
			throw new IOException(
					"cannot keep the password of " + display(signer) + " in secure storage: " + e.getMessage(), e);
		}
		storage.flush();
	}

	/**
	 * Accepts the signer's password or refuses it, counting the refusal.
	 *
	 * @throws PasswordRefused when it is wrong, when the signer has none yet, or while the signer is locked out
	 */
	public void check(String signer, char[] password) throws PasswordRefused, IOException {
		if (!hasPassword(signer)) {
			throw new PasswordRefused(display(signer) + " has no signing password yet: choose one (typed twice)");
		}
		Duration locked = lockedFor(signer);
		if (locked != null) {
			throw new PasswordRefused(lockedMessage(signer, locked));
		}
		ISecurePreferences node = storage.node(path(signer));
		boolean right;
		try {
			byte[] salt = decode(node.get(SALT, ""));
			byte[] expected = decode(Objects.requireNonNull(node.get(HASH, ""), "hash"));
			right = MessageDigest.isEqual(expected, hash(password, salt, node.getInt(ROUNDS, ITERATIONS)));
		} catch (StorageException e) {
			throw new IOException(
					"cannot read the password of " + display(signer) + " from secure storage: " + e.getMessage(), e);
		}
		if (right) {
			putInt(node, FAILURES, 0);
			storage.flush();
			return;
		}
		int failures = getInt(node, FAILURES) + 1;
		if (failures >= MAX_FAILURES) {
			putInt(node, FAILURES, 0);
			putString(node, LOCKED_UNTIL, clock.instant().plus(LOCKOUT).toString());
			storage.flush();
			throw new PasswordRefused("wrong password for " + display(signer) + " (" + failures + " of " + MAX_FAILURES
					+ "): signing as " + display(signer) + " is locked for " + LOCKOUT.toSeconds() + " seconds");
		}
		putInt(node, FAILURES, failures);
		storage.flush();
		throw new PasswordRefused("wrong password for " + display(signer) + " (" + failures + " of " + MAX_FAILURES
				+ " tries before a lock of " + LOCKOUT.toSeconds() + " seconds)");
	}

	/** How long the signer is still locked out after too many wrong passwords, or null when not. */
	public @Nullable Duration lockedFor(String signer) {
		String path = path(signer);
		if (!storage.nodeExists(path)) {
			return null;
		}
		String until;
		try {
			until = storage.node(path).get(LOCKED_UNTIL, null);
		} catch (StorageException e) {
			return null; // never written encrypted
		}
		if (until == null) {
			return null;
		}
		Duration left = Duration.between(clock.instant(), Instant.parse(until));
		return left.isNegative() || left.isZero() ? null : left;
	}

	/** Wrong passwords counted since the last right one or the last lock. */
	public int failures(String signer) {
		String path = path(signer);
		return storage.nodeExists(path) ? getInt(storage.node(path), FAILURES) : 0;
	}

	private static String lockedMessage(String signer, Duration left) {
		return "too many wrong passwords for " + display(signer) + ": try again in "
				+ Math.max(1, (left.toMillis() + 999) / 1000) + " s";
	}

	private static byte[] hash(char[] password, byte[] salt, int iterations) throws IOException {
		PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
		try {
			return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
		} catch (GeneralSecurityException e) {
			throw new IOException("this Java has no " + ALGORITHM + ": " + e.getMessage(), e);
		} finally {
			spec.clearPassword();
		}
	}

	private static int getInt(ISecurePreferences node, String key) {
		try {
			return node.getInt(key, 0);
		} catch (StorageException e) {
			return 0; // never written encrypted
		}
	}

	private static void putInt(ISecurePreferences node, String key, int value) throws IOException {
		try {
			node.putInt(key, value, false);
		} catch (StorageException e) {
			throw new IOException("cannot write " + key + " to secure storage: " + e.getMessage(), e);
		}
	}

	private static void putString(ISecurePreferences node, String key, String value) throws IOException {
		try {
			node.put(key, value, false);
		} catch (StorageException e) {
			throw new IOException("cannot write " + key + " to secure storage: " + e.getMessage(), e);
		}
	}

	private static String display(String signer) {
		return signer.strip();
	}

	private static String path(String signer) {
		if (signer == null || signer.isBlank()) {
			throw new IllegalArgumentException("a signer's name is needed");
		}
		return ROOT + "/" + EncodingUtils.encodeSlashes(signer.strip().toLowerCase(Locale.ROOT));
	}

	private static String encode(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

	private static byte[] decode(@Nullable String text) {
		return Base64.getDecoder().decode(text == null ? "" : text);
	}
}
