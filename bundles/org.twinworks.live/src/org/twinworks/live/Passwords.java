// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * User-name passwords of OPC UA endpoints in Equinox secure storage, never in the model: one node per endpoint
 * URL and user ({@code /org.twinworks.live/endpoints/<url>/<user>}, slashes encoded), the password encrypted.
 * The workbench uses the default storage, which may ask for its master password; headless commands open it
 * without prompting and fall back to {@code $TWINWORKS_PASSWORD} ({@link #headless}).
 */
public final class Passwords {
	/** The environment variable headless commands read when the storage has no password. */
	public static final String ENVIRONMENT_VARIABLE = "TWINWORKS_PASSWORD";
	private static final Logger LOG = LoggerFactory.getLogger(Passwords.class);
	private static final String ROOT = "/org.twinworks.live/endpoints";
	private static final String KEY = "password";

	private final ISecurePreferences storage;

	/** Passwords kept in {@code storage} (e.g. one opened by {@link SecurePreferencesFactory#open}). */
	public Passwords(ISecurePreferences storage) {
		this.storage = Objects.requireNonNull(storage);
	}

	/**
	 * The default secure storage of this user; with {@code promptUser} false no dialog ever asks for the master
	 * password (headless), so storing and reading may fail there (then {@link #lookup} finds nothing).
	 */
	public static Passwords openDefault(boolean promptUser) throws IOException {
		ISecurePreferences storage = promptUser
				? SecurePreferencesFactory.getDefault()
				: SecurePreferencesFactory.open(null, Map.of(IProviderHints.PROMPT_USER, Boolean.FALSE));
		if (storage == null) {
			throw new IOException("Equinox secure storage is not available");
		}
		return new Passwords(storage);
	}

	/**
	 * The password of {@code user} at {@code endpointUrl}: from the default storage without prompting, else from
	 * {@code $TWINWORKS_PASSWORD}; empty when neither has one.
	 */
	public static Optional<char[]> headless(@Nullable String endpointUrl, @Nullable String user) {
		Passwords storage = null;
		try {
			storage = openDefault(false);
		} catch (IOException | RuntimeException e) {
			LOG.debug("no secure storage for the password of {} at {}: {}", user, endpointUrl, e.toString());
		}
		return storedOr(storage, endpointUrl, user, System.getenv(ENVIRONMENT_VARIABLE));
	}

	/**
	 * The password stored in {@code storage} (may be null) for this endpoint and user, else {@code fallback} (an
	 * environment variable's value; null or empty for none).
	 */
	public static Optional<char[]> storedOr(@Nullable Passwords storage, @Nullable String endpointUrl,
			@Nullable String user, @Nullable String fallback) {
		if (storage != null && endpointUrl != null && user != null) {
			try {
				Optional<char[]> stored = storage.lookup(endpointUrl, user);
				if (stored.isPresent()) {
					return stored;
				}
			} catch (RuntimeException e) {
				LOG.debug("no stored password of {} at {}: {}", user, endpointUrl, e.toString());
			}
		}
		return fallback == null || fallback.isEmpty() ? Optional.empty() : Optional.of(fallback.toCharArray());
	}

	/**
	 * The stored password, empty when there is none for this endpoint and user, or when the storage cannot
	 * decrypt it (no master password; logged).
	 */
	public Optional<char[]> lookup(String endpointUrl, String user) {
		String path = path(endpointUrl, user);
		if (!storage.nodeExists(path)) {
			return Optional.empty();
		}
		try {
			String password = storage.node(path).get(KEY, null);
			return password == null ? Optional.empty() : Optional.of(password.toCharArray());
		} catch (StorageException e) {
			LOG.warn("cannot read the stored password of {} at {}: {}", user, endpointUrl, e.getMessage());
			return Optional.empty();
		}
	}

	/** Stores (or replaces) the password, encrypted, and writes the storage to disk. */
	public void store(String endpointUrl, String user, char[] password) throws IOException {
		Objects.requireNonNull(password);
		try {
			storage.node(path(endpointUrl, user)).put(KEY, new String(password), true);
		} catch (StorageException e) {
			throw new IOException("cannot store the password of " + user + " at " + endpointUrl + ": " + e.getMessage(),
					e);
		}
		storage.flush();
	}

	/** Forgets the password; false when none was stored. */
	public boolean delete(String endpointUrl, String user) throws IOException {
		String path = path(endpointUrl, user);
		if (!storage.nodeExists(path)) {
			return false;
		}
		ISecurePreferences node = storage.node(path);
		ISecurePreferences endpointNode = node.parent();
		node.removeNode();
		if (endpointNode != null && endpointNode.childrenNames().length == 0 && endpointNode.keys().length == 0) {
			endpointNode.removeNode();
		}
		storage.flush();
		return true;
	}

	private static String path(String endpointUrl, String user) {
		if (endpointUrl == null || endpointUrl.isBlank() || user == null || user.isBlank()) {
			throw new IllegalArgumentException("an endpoint URL and a user name are needed");
		}
		return ROOT + "/" + EncodingUtils.encodeSlashes(endpointUrl) + "/" + EncodingUtils.encodeSlashes(user);
	}
}
