// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.mqtt;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How to connect to a broker. Plain TCP ({@code mqtt://}) is refused unless {@code labMode} is set.
 *
 * @param keepAliveSeconds the MQTT keep-alive; the broker publishes the will after 1.5 times this without traffic
 * @param initialBackoff the first reconnect delay; it doubles per failed attempt up to {@code maxBackoff}
 */
public record BrokerOptions(BrokerAddress address, @Nullable Credentials credentials, BrokerTrust trust,
		boolean labMode, int keepAliveSeconds, Duration initialBackoff, Duration maxBackoff) {

	public BrokerOptions {
		if (keepAliveSeconds < 1 || keepAliveSeconds > 65535) {
			throw new IllegalArgumentException("keep-alive " + keepAliveSeconds + " s outside 1..65535");
		}
	}

	/** Defaults: no credentials, the JVM's trust store, keep-alive 10 s, back-off 1 s doubling up to 30 s. */
	public static BrokerOptions of(BrokerAddress address) {
		return new BrokerOptions(address, null, BrokerTrust.systemDefault(), false, 10, Duration.ofSeconds(1),
				Duration.ofSeconds(30));
	}

	public BrokerOptions withCredentials(@Nullable Credentials newCredentials) {
		return new BrokerOptions(address, newCredentials, trust, labMode, keepAliveSeconds, initialBackoff, maxBackoff);
	}

	public BrokerOptions withTrust(BrokerTrust newTrust) {
		return new BrokerOptions(address, credentials, newTrust, labMode, keepAliveSeconds, initialBackoff, maxBackoff);
	}

	public BrokerOptions withLabMode(boolean newLabMode) {
		return new BrokerOptions(address, credentials, trust, newLabMode, keepAliveSeconds, initialBackoff, maxBackoff);
	}

	public BrokerOptions withKeepAlive(int seconds) {
		return new BrokerOptions(address, credentials, trust, labMode, seconds, initialBackoff, maxBackoff);
	}

	public BrokerOptions withBackoff(Duration initial, Duration max) {
		return new BrokerOptions(address, credentials, trust, labMode, keepAliveSeconds, initial, max);
	}

	/** Throws when the options are unsafe without lab mode (plain TCP). */
	void checkSafe() throws BrokerConnectionException {
		if (!address.tls() && !labMode) {
			throw new BrokerConnectionException(
					"refusing plain TCP to " + address + ": use mqtts:// (TLS), or lab mode (--lab) on a lab network");
		}
	}
}
