// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.tests.mqtt.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Mosquitto on 127.0.0.1 on a free port, configured from a generated file in its own temporary folder: anonymous
 * access, no persistence, and optionally a TLS listener with {@link TestCertificates}. {@link #kill()} ends it the hard
 * way (SIGKILL), {@link #restart()} starts it again on the same port.
 */
public final class MosquittoBroker implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(15);

	private final Path folder;
	private final Path config;
	private final int port;
	private final boolean tls;
	private Process process;

	private MosquittoBroker(Path folder, int port, boolean tls) throws IOException {
		this.folder = folder;
		this.port = port;
		this.tls = tls;
		this.config = folder.resolve("mosquitto.conf");
	}

	/** A plain-TCP broker (tests use lab mode against it). */
	public static MosquittoBroker startPlain() throws IOException {
		Path folder = Files.createTempDirectory("twinworks-mosquitto");
		MosquittoBroker broker = new MosquittoBroker(folder, freePort(), false);
		broker.writeConfig(null, null);
		broker.start();
		return broker;
	}

	/** A plain-TCP broker that admits only {@code user} with {@code password} (a mosquitto_passwd file). */
	public static MosquittoBroker startWithPassword(String user, String password)
			throws IOException, InterruptedException {
		Path folder = Files.createTempDirectory("twinworks-mosquitto");
		Path passwords = folder.resolve("passwords");
		Process process = new ProcessBuilder("mosquitto_passwd", "-b", "-c", passwords.toString(), user, password)
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IOException("mosquitto_passwd failed: " + output);
		}
		MosquittoBroker broker = new MosquittoBroker(folder, freePort(), false);
		broker.writeConfig(null, passwords);
		broker.start();
		return broker;
	}

	/** A TLS broker presenting {@code certificates.serverCertificate()}. */
	public static MosquittoBroker startTls(TestCertificates certificates) throws IOException {
		Path folder = Files.createTempDirectory("twinworks-mosquitto");
		MosquittoBroker broker = new MosquittoBroker(folder, freePort(), true);
		broker.writeConfig(certificates, null);
		broker.start();
		return broker;
	}

	public int port() {
		return port;
	}

	/** {@code mqtt://127.0.0.1:port} or {@code mqtts://127.0.0.1:port}. */
	public String uri() {
		return (tls ? "mqtts" : "mqtt") + "://127.0.0.1:" + port;
	}

	/** The broker process's CPU time so far (user and system), for benchmarks; zero when not known. */
	public java.time.Duration cpuTime() {
		return process == null
				? java.time.Duration.ZERO
				: process.info().totalCpuDuration().orElse(java.time.Duration.ZERO);
	}

	public boolean isRunning() {
		return process != null && process.isAlive();
	}

	/** Ends the broker with SIGKILL (no clean shutdown). */
	public void kill() throws InterruptedException {
		if (process != null) {
			process.destroyForcibly();
			process.waitFor();
		}
	}

	/** Starts the broker again on the same port, with the same configuration. */
	public void restart() throws IOException, InterruptedException {
		kill();
		start();
	}

	/** The broker's log, for failure messages. */
	public String log() {
		try {
			Path log = folder.resolve("mosquitto.log");
			return Files.exists(log) ? Files.readString(log) : "";
		} catch (IOException e) {
			return "(log unreadable: " + e + ")";
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process != null) {
			process.destroy();
			if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}

	private void writeConfig(TestCertificates certificates, Path passwords) throws IOException {
		StringBuilder text = new StringBuilder();
		text.append("listener ").append(port).append(" 127.0.0.1\n");
		if (passwords == null) {
			text.append("allow_anonymous true\n");
		} else {
			text.append("allow_anonymous false\npassword_file ").append(passwords).append('\n');
		}
		text.append("persistence false\n");
		// as root, mosquitto would drop to the 'mosquitto' user, which cannot read our temporary folder
		text.append("user ").append(System.getProperty("user.name")).append('\n');
		text.append("log_dest file ").append(folder.resolve("mosquitto.log")).append('\n');
		text.append("log_type error\nlog_type warning\nlog_type notice\nlog_type information\n");
		text.append("max_queued_messages 100000\n");
		// $SYS/broker/bytes/* every second: benchmarks read the bytes on the wire from them
		text.append("sys_interval 1\n");
		if (certificates != null) {
			text.append("cafile ").append(certificates.caCertificate()).append('\n');
			text.append("certfile ").append(certificates.serverCertificate()).append('\n');
			text.append("keyfile ").append(certificates.serverKey()).append('\n');
		}
		Files.writeString(config, text.toString(), StandardCharsets.UTF_8);
	}

	private void start() throws IOException {
		String mosquitto = Files.isExecutable(Path.of("/usr/sbin/mosquitto")) ? "/usr/sbin/mosquitto" : "mosquitto";
		try {
			process = new ProcessBuilder(mosquitto, "-c", config.toString()).redirectErrorStream(true)
					.redirectOutput(folder.resolve("mosquitto.out").toFile()).start();
		} catch (IOException e) {
			throw new IOException(
					"cannot start mosquitto (install the Debian package: apt-get install mosquitto): " + e.getMessage(),
					e);
		}
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IOException("mosquitto exited with " + process.exitValue() + ": " + output() + log());
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				return;
			} catch (IOException notYet) {
				sleep(50);
			}
		}
		throw new IOException(
				"mosquitto did not listen on 127.0.0.1:" + port + " within " + START_TIMEOUT + ": " + output() + log());
	}

	private String output() {
		try {
			return Files.readString(folder.resolve("mosquitto.out"));
		} catch (IOException e) {
			return "";
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
