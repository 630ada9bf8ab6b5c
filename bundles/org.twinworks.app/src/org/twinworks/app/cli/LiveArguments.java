// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.twinworks.live.LiveOptions;
import org.twinworks.live.LivePki;
import org.twinworks.live.Passwords;
import org.twinworks.live.ServerTrust;
import org.twinworks.model.AuthenticationKind;
import org.twinworks.model.Endpoint;
import org.twinworks.model.SecurityModeKind;
import org.twinworks.model.SecurityPolicyKind;
import org.twinworks.model.TwinFactory;
import org.twinworks.sparkplug.mqtt.BrokerTrust;

/**
 * The command line of `browse`, `read` and `check`: positional arguments and the options they share. The password of a
 * user-name endpoint comes from Equinox secure storage (stored by the workbench for that endpoint URL and user), else
 * from $TWINWORKS_PASSWORD, never from the command line (process lists, history).
 */
public record LiveArguments(List<String> positional, String endpoint, int durationSeconds, String trust, boolean lab,
		Path pki, int depth, int limit, String node, int staleSeconds, String brokerTrust) {

	public static LiveArguments parse(List<String> args) {
		List<String> positional = new ArrayList<>();
		String endpoint = null;
		int duration = 5;
		String trust = null;
		boolean lab = false;
		Path pki = LivePki.defaultDirectory();
		int depth = 3;
		int limit = 1_000;
		String node = null;
		int stale = 60;
		String brokerTrust = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
			case "--endpoint" -> endpoint = value(args, ++i, arg);
			case "--duration" -> duration = seconds(value(args, ++i, arg));
			case "--trust" -> trust = value(args, ++i, arg);
			case "--lab" -> lab = true;
			case "--pki" -> pki = Path.of(value(args, ++i, arg));
			case "--depth" -> depth = number(value(args, ++i, arg), arg, 1, 20);
			case "--limit" -> limit = number(value(args, ++i, arg), arg, 1, 100_000);
			case "--node" -> node = value(args, ++i, arg);
			case "--stale" -> stale = number(value(args, ++i, arg), arg, 0, 86_400);
			case "--broker-trust" -> brokerTrust = value(args, ++i, arg);
			default -> {
				if (arg.startsWith("--")) {
					throw new IllegalArgumentException("unknown option " + arg);
				}
				positional.add(arg);
			}
			}
		}
		LiveArguments parsed = new LiveArguments(List.copyOf(positional), endpoint, duration, trust, lab, pki, depth,
				limit, node, stale, brokerTrust);
		parsed.brokerTrustOrNull(); // a bad --broker-trust is a usage error, before any connection
		return parsed;
	}

	public LiveOptions.Builder options(Endpoint endpoint) {
		LiveOptions.Builder options = LiveOptions.builder().pkiDirectory(pki)
				.serverTrust(trust == null ? ServerTrust.rejectAll() : ServerTrust.thumbprint(trust));
		String user = endpoint.getAuthentication() == AuthenticationKind.USERNAME ? endpoint.getUsername() : null;
		Passwords.headless(endpoint.getUrl(), user).ifPresent(options::password);
		BrokerTrust broker = brokerTrustOrNull();
		if (broker != null) {
			options.brokerTrust(broker);
		}
		return options;
	}

	/**
	 * --broker-trust for a Sparkplug B endpoint's broker: a PEM file of CA or broker certificates, or a broker
	 * certificate's SHA-256 thumbprint; null when not given (then the PKI's broker trust list, else the JVM's CAs).
	 */
	public @Nullable BrokerTrust brokerTrustOrNull() {
		return brokerTrust == null ? null : brokerTrust(brokerTrust);
	}

	/** A PEM file's certificates as anchors, else a pinned thumbprint; IllegalArgumentException naming the option. */
	public static BrokerTrust brokerTrust(String value) {
		Path pem = Path.of(value);
		try {
			return Files.isRegularFile(pem)
					? BrokerTrust.trustListFromPem(pem)
					: BrokerTrust.trustList(List.of()).pin(value);
		} catch (IOException | IllegalArgumentException e) {
			throw new IllegalArgumentException("--broker-trust: " + e.getMessage(), e);
		}
	}

	/** An endpoint for a bare URL: the strongest secure policy offered, anonymous, lab mode with --lab. */
	public Endpoint urlEndpoint(String url) {
		Endpoint endpoint = TwinFactory.eINSTANCE.createEndpoint();
		endpoint.setName(url);
		endpoint.setUrl(url);
		endpoint.setSecurityPolicy(SecurityPolicyKind.BEST_AVAILABLE);
		endpoint.setSecurityMode(SecurityModeKind.SIGN_AND_ENCRYPT);
		endpoint.setAuthentication(AuthenticationKind.ANONYMOUS);
		endpoint.setLabMode(lab);
		return endpoint;
	}

	private static int number(String text, String option, int min, int max) {
		try {
			int n = Integer.parseInt(text);
			if (n < min || n > max) {
				throw new NumberFormatException();
			}
			return n;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(option + " needs a number from " + min + " to " + max);
		}
	}

	private static String value(List<String> args, int index, String option) {
		if (index >= args.size()) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args.get(index);
	}

	private static int seconds(String text) {
		try {
			int n = Integer.parseInt(text);
			if (n < 1 || n > 3_600) {
				throw new NumberFormatException();
			}
			return n;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("--duration needs a number of seconds from 1 to 3600");
		}
	}
}
