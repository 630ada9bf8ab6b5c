// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.twinworks.sparkplug.mqtt.BrokerTrust;

/**
 * How a {@link LiveSession} connects: where our PKI lives, who decides about untrusted servers, the password
 * for user-name endpoints (never stored in the model), and the publishing interval of its subscription. A
 * {@link SparkplugSession} uses the same password and listeners, and {@link #brokerTrust()} for the broker's TLS
 * certificate.
 */
public final class LiveOptions {
	private final Path pkiDirectory;
	private final ServerTrust serverTrust;
	private final char[] password;
	private final Duration publishingInterval;
	private final Duration requestTimeout;
	private final @Nullable Duration subscriptionLifetime;
	private final List<ConnectionListener> listeners;
	private final @Nullable BrokerTrust brokerTrust;

	private LiveOptions(Builder b) {
		pkiDirectory = b.pkiDirectory;
		serverTrust = b.serverTrust;
		password = b.password == null ? null : b.password.clone();
		publishingInterval = b.publishingInterval;
		requestTimeout = b.requestTimeout;
		subscriptionLifetime = b.subscriptionLifetime;
		listeners = List.copyOf(b.listeners);
		brokerTrust = b.brokerTrust;
	}

	public static Builder builder() {
		return new Builder();
	}

	public Path pkiDirectory() {
		return pkiDirectory;
	}

	public ServerTrust serverTrust() {
		return serverTrust;
	}

	/** A copy; null when none was given. */
	public char @Nullable [] password() {
		return password == null ? null : password.clone();
	}

	public Duration publishingInterval() {
		return publishingInterval;
	}

	public Duration requestTimeout() {
		return requestTimeout;
	}

	/**
	 * How long the server keeps the subscription while no Publish request reaches it (a cut, a stalled client);
	 * null: as long as the session, so the subscription never dies while its session lives on.
	 */
	public @Nullable Duration subscriptionLifetime() {
		return subscriptionLifetime;
	}

	public List<ConnectionListener> listeners() {
		return listeners;
	}

	/**
	 * Which MQTT broker certificates a Sparkplug B source accepts: the one given to the builder, else the PKI's broker
	 * trust list ({@link BrokerPki#trust}, read now), else the JVM's CA store.
	 */
	public BrokerTrust brokerTrust() {
		return brokerTrust != null ? brokerTrust : BrokerPki.trust(pkiDirectory);
	}

	/** Builds {@link LiveOptions}; defaults: ~/.twinworks/pki, reject untrusted servers, 250 ms publishing. */
	public static final class Builder {
		private Path pkiDirectory = LivePki.defaultDirectory();
		private ServerTrust serverTrust = ServerTrust.rejectAll();
		private char[] password;
		private Duration publishingInterval = Duration.ofMillis(250);
		private Duration requestTimeout = Duration.ofSeconds(5);
		private @Nullable Duration subscriptionLifetime;
		private final List<ConnectionListener> listeners = new ArrayList<>();
		private @Nullable BrokerTrust brokerTrust;

		public Builder pkiDirectory(Path value) {
			pkiDirectory = Objects.requireNonNull(value);
			return this;
		}

		public Builder serverTrust(ServerTrust value) {
			serverTrust = Objects.requireNonNull(value);
			return this;
		}

		public Builder password(char @Nullable [] value) {
			password = value == null ? null : value.clone();
			return this;
		}

		public Builder publishingInterval(Duration value) {
			publishingInterval = Objects.requireNonNull(value);
			return this;
		}

		public Builder requestTimeout(Duration value) {
			requestTimeout = Objects.requireNonNull(value);
			return this;
		}

		/**
		 * A shorter subscription lifetime than the session's frees a server's resources sooner after a cut; a
		 * session that comes back after it recreates its subscription (servers may shorten it anyway).
		 */
		public Builder subscriptionLifetime(Duration value) {
			subscriptionLifetime = Objects.requireNonNull(value);
			return this;
		}

		public Builder listener(ConnectionListener value) {
			listeners.add(Objects.requireNonNull(value));
			return this;
		}

		public Builder brokerTrust(BrokerTrust value) {
			brokerTrust = Objects.requireNonNull(value);
			return this;
		}

		public LiveOptions build() {
			return new LiveOptions(this);
		}
	}
}
