// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts and thins the traffic of one TCP port on the loopback interface with iptables, but only inside a network
 * namespace that is not the machine's own (releng/reliability/run.sh network creates one and runs the harness in
 * it): a rule here can never touch the host's interfaces. iptables rather than tc netem, because this kernel has
 * no netem qdisc; DROP is silent, as a pulled cable or a dead switch.
 */
final class LoopbackFirewall implements AutoCloseable {
	private final int port;
	private final List<List<String>> installed = new ArrayList<>();

	private LoopbackFirewall(int port) {
		this.port = port;
	}

	/** A firewall for {@code port}, or empty with the reason printed when we are not in a namespace of our own. */
	static Optional<LoopbackFirewall> forPort(int port) {
		String why = refusal();
		if (why != null) {
			System.out.println("network: no network faults: " + why);
			return Optional.empty();
		}
		return Optional.of(new LoopbackFirewall(port));
	}

	private static String refusal() {
		String namespace = System.getenv("TWINWORKS_NETNS");
		if (namespace == null) {
			return "TWINWORKS_NETNS is not set (run releng/reliability/run.sh network, which makes a namespace)";
		}
		try {
			// the namespace file `ip netns add` made and our own are the same nsfs inode when we run inside it
			Object own = Files.getAttribute(Path.of("/proc/self/ns/net"), "unix:ino");
			Object made = Files.getAttribute(Path.of("/run/netns", namespace), "unix:ino");
			if (!own.equals(made)) {
				return "this JVM does not run in the network namespace " + namespace;
			}
		} catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
			return "cannot tell whether this JVM runs in the network namespace " + namespace + ": " + e;
		}
		return null;
	}

	/** Drops every packet to and from the port until {@link #heal()}. */
	void cut() throws IOException, InterruptedException {
		drop(List.of());
	}

	/** Drops each packet to and from the port with {@code probability} until {@link #heal()}. */
	void lose(double probability) throws IOException, InterruptedException {
		drop(List.of("-m", "statistic", "--mode", "random", "--probability", Double.toString(probability)));
	}

	/**
	 * As a killed server process: whatever the server still sends is lost, and the client's next packet to it is
	 * answered with a TCP reset (a kernel's answer for a socket whose process died). Until {@link #heal()}.
	 */
	void reset() throws IOException, InterruptedException {
		add(List.of("-p", "tcp", "--sport", Integer.toString(port), "-j", "DROP"));
		add(List.of("-p", "tcp", "--dport", Integer.toString(port), "-j", "REJECT", "--reject-with", "tcp-reset"));
	}

	/** Removes every rule this firewall added. */
	void heal() throws IOException, InterruptedException {
		for (List<String> rule : installed.reversed()) {
			iptables("-D", rule);
		}
		installed.clear();
	}

	@Override
	public void close() throws IOException, InterruptedException {
		heal();
	}

	private void drop(List<String> match) throws IOException, InterruptedException {
		for (String side : List.of("--dport", "--sport")) {
			List<String> rule = new ArrayList<>(List.of("-p", "tcp", side, Integer.toString(port)));
			rule.addAll(match);
			rule.addAll(List.of("-j", "DROP"));
			add(rule);
		}
	}

	private void add(List<String> match) throws IOException, InterruptedException {
		List<String> rule = new ArrayList<>(List.of("INPUT", "-i", "lo"));
		rule.addAll(match);
		iptables("-I", rule);
		installed.add(rule);
	}

	private static void iptables(String action, List<String> rule) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("iptables", "-w", action));
		command.addAll(rule);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IOException(String.join(" ", command) + " failed: " + output.strip());
		}
	}
}
