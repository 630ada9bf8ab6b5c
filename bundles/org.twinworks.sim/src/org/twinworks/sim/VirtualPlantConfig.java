// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the virtual plant serves a model. Defaults are the safe ones: loopback only, no None security endpoint,
 * anonymous users only, bounded limits.
 */
public final class VirtualPlantConfig {
	public static final String LOOPBACK = "127.0.0.1";
	public static final int DEFAULT_PORT = 4840;
	public static final String PATH = "/twinworks";

	private final String bindAddress;
	private final int port;
	private final Path pkiDirectory;
	private final boolean labMode;
	private final String username;
	private final char[] password;
	private final VirtualPlantLimits limits;
	private final Duration tickInterval;
	private final long seed;
	private final List<X509Certificate> trustedClients;
	private final boolean countingValues;
	private final ServerBehaviour behaviour;
	private final boolean anonymous;
	private final boolean pushTickValues;
	private final boolean stimulation;
	private final @Nullable KeyPair serverKeyPair;
	private final @Nullable X509Certificate serverCertificate;

	private VirtualPlantConfig(Builder b) {
		bindAddress = b.bindAddress;
		port = b.port;
		pkiDirectory = Objects.requireNonNull(b.pkiDirectory, "the PKI directory is required");
		labMode = b.labMode;
		username = b.username;
		password = b.password == null ? null : b.password.clone();
		limits = b.limits;
		tickInterval = b.tickInterval;
		seed = b.seed;
		trustedClients = List.copyOf(b.trustedClients);
		countingValues = b.countingValues;
		behaviour = b.behaviour;
		anonymous = b.anonymous;
		pushTickValues = b.pushTickValues;
		stimulation = b.stimulation;
		serverKeyPair = b.serverKeyPair;
		serverCertificate = b.serverCertificate;
		if (!anonymous && username == null) {
			throw new IllegalArgumentException("with anonymous access off, a user is needed or nobody can log in");
		}
	}

	public static Builder builder(Path pkiDirectory) {
		return new Builder(pkiDirectory);
	}

	public String bindAddress() {
		return bindAddress;
	}

	/** The configured port; 0 means a free port is chosen at start. */
	public int port() {
		return port;
	}

	public Path pkiDirectory() {
		return pkiDirectory;
	}

	/** Lab mode also offers the SecurityPolicy None endpoint (messages neither signed nor encrypted). */
	public boolean labMode() {
		return labMode;
	}

	/** The user name accepted with {@link #password()}; null when only anonymous users are accepted. */
	public @Nullable String username() {
		return username;
	}

	/** A copy of the password; null without a user name. */
	public char @Nullable [] password() {
		return password == null ? null : password.clone();
	}

	public VirtualPlantLimits limits() {
		return limits;
	}

	/** How often values are recomputed and pushed; also one step of simulated time. */
	public Duration tickInterval() {
		return tickInterval;
	}

	/** Seed of the simulation's noise: the same seed and model give the same values tick by tick. */
	public long seed() {
		return seed;
	}

	/** Client application certificates trusted in addition to those in the PKI directory's trusted/certs. */
	public List<X509Certificate> trustedClients() {
		return trustedClients;
	}

	/**
	 * Load-test mode: instead of simulating, every signal's value is the tick number, so every value changes every
	 * tick and a client can count what it lost by the gaps. For benchmarks of numeric plants only.
	 */
	public boolean countingValues() {
		return countingValues;
	}

	/** Whether the anonymous user token is offered and accepted (true by default; off needs a user). */
	public boolean anonymous() {
		return anonymous;
	}

	/** How the server departs from its defaults to behave like third-party servers; {@link ServerBehaviour#STANDARD}. */
	public ServerBehaviour behaviour() {
		return behaviour;
	}

	/**
	 * Items that sample a signal's value at the tick's own rate get every tick's value from the tick itself
	 * (report by exception) instead of from Milo's sampler, whose clock drifts against the tick and then misses
	 * values. Items sampling slower keep the sampler. Off by default.
	 */
	public boolean pushTickValues() {
		return pushTickValues;
	}

	/**
	 * Whether clients get the Simulation object ({@code nsu=<plant namespace>;s=Simulation}) whose methods force and
	 * release signals and make interlock trips fail. On by default; the in-process API works either way.
	 */
	public boolean stimulation() {
		return stimulation;
	}

	/** The key pair of {@link #serverCertificate()}, or null when the plant makes and keeps its own. */
	public @Nullable KeyPair serverKeyPair() {
		return serverKeyPair;
	}

	/**
	 * The certificate served as it is, or null (the default) when the plant makes its own in the PKI's own/ and keeps
	 * it. Tests of how clients treat bad certificates (expired, revoked, too weak) set it; nothing is written.
	 */
	public @Nullable X509Certificate serverCertificate() {
		return serverCertificate;
	}

	@Override
	public String toString() {
		// never the password
		return "VirtualPlantConfig[bind=" + bindAddress + ", port=" + port + ", pki=" + pkiDirectory + ", lab="
				+ labMode + ", user=" + (username == null ? "(anonymous only)" : username) + ", anonymous=" + anonymous
				+ ", " + limits + ", " + behaviour + ", stimulation=" + stimulation + "]";
	}

	/** Builds a {@link VirtualPlantConfig}. */
	public static final class Builder {
		private String bindAddress = LOOPBACK;
		private int port = DEFAULT_PORT;
		private final Path pkiDirectory;
		private boolean labMode;
		private String username;
		private char[] password;
		private VirtualPlantLimits limits = VirtualPlantLimits.DEFAULT;
		private Duration tickInterval = Duration.ofMillis(100);
		private long seed = 1;
		private final List<X509Certificate> trustedClients = new ArrayList<>();
		private boolean countingValues;
		private ServerBehaviour behaviour = ServerBehaviour.STANDARD;
		private boolean anonymous = true;
		private boolean pushTickValues;
		private boolean stimulation = true;
		private KeyPair serverKeyPair;
		private X509Certificate serverCertificate;

		private Builder(Path pkiDirectory) {
			this.pkiDirectory = pkiDirectory;
		}

		public Builder bindAddress(String address) {
			bindAddress = Objects.requireNonNull(address);
			return this;
		}

		public Builder port(int value) {
			if (value < 0 || value > 65_535) {
				throw new IllegalArgumentException("port " + value + " is not 0 to 65535");
			}
			port = value;
			return this;
		}

		public Builder labMode(boolean value) {
			labMode = value;
			return this;
		}

		public Builder user(String name, char[] secret) {
			if (name == null || name.isBlank() || secret == null || secret.length == 0) {
				throw new IllegalArgumentException("a user needs a name and a non-empty password");
			}
			username = name;
			password = secret.clone();
			return this;
		}

		public Builder limits(VirtualPlantLimits value) {
			limits = Objects.requireNonNull(value);
			return this;
		}

		public Builder tickInterval(Duration value) {
			if (value.toMillis() < 10) {
				throw new IllegalArgumentException("a tick shorter than 10 ms would starve the server");
			}
			tickInterval = value;
			return this;
		}

		public Builder seed(long value) {
			seed = value;
			return this;
		}

		public Builder trustClient(X509Certificate certificate) {
			trustedClients.add(Objects.requireNonNull(certificate));
			return this;
		}

		public Builder countingValues(boolean value) {
			countingValues = value;
			return this;
		}

		/** Off: only the configured user may log in; the anonymous token policy is not even offered. */
		public Builder anonymous(boolean value) {
			anonymous = value;
			return this;
		}

		public Builder behaviour(ServerBehaviour value) {
			behaviour = Objects.requireNonNull(value);
			return this;
		}

		public Builder pushTickValues(boolean value) {
			pushTickValues = value;
			return this;
		}

		/** Off: no Simulation object, so no client can force values or fail trips. */
		public Builder stimulation(boolean value) {
			stimulation = value;
			return this;
		}

		/** Serves {@code certificate} (with its key pair) as it is, however wrong, instead of the plant's own. */
		public Builder serverCertificate(KeyPair keyPair, X509Certificate certificate) {
			serverKeyPair = Objects.requireNonNull(keyPair);
			serverCertificate = Objects.requireNonNull(certificate);
			return this;
		}

		public VirtualPlantConfig build() {
			return new VirtualPlantConfig(this);
		}
	}
}
