// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sim.VirtualPlantLimits;
import org.twinworks.tests.live.harness.TestPlant;

import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.PoolArenaMetric;

/**
 * CVE-2026-63252: clients that never authenticate open connections, send the first chunks of an
 * OpenSecureChannel message that never ends, and hang up, round after round. Milo's transport up to 1.1.4 keeps
 * those chunks forever. The virtual plant closes connections over its limit, closes those without a secure channel
 * by the deadline, and releases what a closed connection held: its memory stays flat and it keeps serving.
 */
class PartialChunksTest {
	private static final int MAX_CONNECTIONS = 8;
	private static final int ATTACKERS_PER_ROUND = 12;
	private static final int ROUNDS = 4;
	private static final int CHUNKS = 60;
	private static final int CHUNK_SIZE = 65_535;

	@TempDir
	Path directory;

	@Test
	void partialChunksFromManyConnectionsLeaveMemoryFlatAndTheServerServing() throws Exception {
		TestClients clients = new TestClients();
		try (VirtualPlant plant = start(clients, Duration.ofSeconds(2))) {
			URI endpoint = URI.create(plant.endpointUrl());
			// a real session first, so the pools hold what serving needs before the baseline is taken
			TestClients.disconnect(clients.connect(plant));
			long baseline = activeDirectBytes();

			int refused = 0;
			for (int round = 0; round < ROUNDS; round++) {
				List<Socket> sockets = new ArrayList<>();
				try {
					for (int i = 0; i < ATTACKERS_PER_ROUND; i++) {
						Socket socket = new Socket();
						socket.connect(new InetSocketAddress("127.0.0.1", endpoint.getPort()), 5_000);
						sockets.add(socket);
					}
					for (Socket socket : sockets) {
						if (!sendPartialOpenSecureChannel(socket, plant.endpointUrl())) {
							refused++;
						}
					}
				} finally {
					for (Socket socket : sockets) {
						socket.close();
					}
				}
			}
			assertTrue(refused >= ROUNDS * (ATTACKERS_PER_ROUND - MAX_CONNECTIONS),
					refused + " connections over the limit of " + MAX_CONNECTIONS + " were closed by the server");

			long grown = settledGrowth(baseline);
			long sent = (long) ROUNDS * MAX_CONNECTIONS * CHUNKS * CHUNK_SIZE;
			System.out.printf(Locale.ROOT, "partial chunks: %d MiB sent in unfinished messages, pooled direct memory"
					+ " %+.1f MiB after the connections closed%n", sent >> 20, grown / 1048576.0);
			assertTrue(grown < 32L << 20, "direct memory grew by " + (grown >> 20) + " MiB after " + (sent >> 20)
					+ " MiB of unfinished messages from closed connections");

			OpcUaClient client = clients.connect(plant, SecurityPolicy.Basic256Sha256, true,
					new org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider());
			try {
				DataValue value = client.readValue(0, TimestampsToReturn.Both, TestClients.node(client, "LT-101.PV"));
				assertTrue(value.getStatusCode().isGood(), "still serving: " + value);
			} finally {
				TestClients.disconnect(client);
			}
		}
	}

	@Test
	void aConnectionWithoutASecureChannelIsClosedAtTheDeadline() throws Exception {
		try (VirtualPlant plant = start(new TestClients(), Duration.ofSeconds(1)); Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", URI.create(plant.endpointUrl()).getPort()), 5_000);
			socket.setSoTimeout(10_000);
			socket.getOutputStream().write(hello(plant.endpointUrl()));
			InputStream in = socket.getInputStream();
			assertEquals(28, in.readNBytes(28).length, "an Acknowledge to the Hello");
			long start = System.nanoTime();
			try {
				assertEquals(-1, in.read(), "the server closes the connection");
			} catch (SocketTimeoutException e) {
				throw new AssertionError("the connection was still open after 10 s", e);
			}
			long waited = (System.nanoTime() - start) / 1_000_000;
			assertTrue(waited < 5_000, "closed after " + waited + " ms (deadline 1 s)");
		}
	}

	@Test
	void oneSourceAddressMayHoldOnlyHalfTheConnections() throws Exception {
		try (VirtualPlant plant = start(new TestClients(), Duration.ofSeconds(30))) {
			int port = URI.create(plant.endpointUrl()).getPort();
			List<Socket> sockets = new ArrayList<>();
			try {
				for (int i = 0; i < MAX_CONNECTIONS / 2; i++) {
					Socket socket = from("127.0.0.1", port, sockets);
					assertTrue(acknowledges(socket, plant.endpointUrl()), "connection " + (i + 1) + " of one address");
				}
				Socket over = from("127.0.0.1", port, sockets);
				assertEquals(false, acknowledges(over, plant.endpointUrl()), "one connection over half the limit");
				// another loopback address is another source: it still gets in
				Socket other = from("127.0.0.2", port, sockets);
				assertTrue(acknowledges(other, plant.endpointUrl()), "a second source is served");
			} finally {
				for (Socket socket : sockets) {
					socket.close();
				}
			}
		}
	}

	private static Socket from(String source, int port, List<Socket> sockets) throws IOException {
		Socket socket = new Socket();
		sockets.add(socket);
		socket.bind(new InetSocketAddress(source, 0));
		socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
		socket.setSoTimeout(5_000);
		return socket;
	}

	/** Sends a Hello; true when the server answers with an Acknowledge, false when it hangs up. */
	private static boolean acknowledges(Socket socket, String url) {
		try {
			socket.getOutputStream().write(hello(url));
			return socket.getInputStream().readNBytes(28).length == 28;
		} catch (IOException e) {
			return false;
		}
	}

	/** The demo plant, at most {@link #MAX_CONNECTIONS} connections, each with {@code deadline} to secure itself. */
	private VirtualPlant start(TestClients clients, Duration deadline) throws Exception {
		VirtualPlantLimits limits = VirtualPlantLimits.DEFAULT.withMaxConnections(MAX_CONNECTIONS, deadline);
		return TestPlant.in(directory).trustClient(clients.certificate).configure(config -> config.limits(limits))
				.start();
	}

	/** Hello, then the first chunks of an OpenSecureChannel that never ends; false when the server hung up. */
	private static boolean sendPartialOpenSecureChannel(Socket socket, String url) {
		try {
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			out.write(hello(url));
			out.flush();
			socket.setSoTimeout(5_000);
			if (in.readNBytes(28).length < 28) {
				return false;
			}
			byte[] chunk = openSecureChannelChunk();
			for (int i = 0; i < CHUNKS; i++) {
				out.write(chunk);
			}
			out.flush();
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	/** A UA-TCP Hello asking for 64 KiB chunks and no message size limit (Part 6, 7.1.2.3). */
	private static byte[] hello(String url) {
		byte[] endpoint = url.getBytes(StandardCharsets.UTF_8);
		ByteBuffer hello = ByteBuffer.allocate(32 + endpoint.length).order(ByteOrder.LITTLE_ENDIAN);
		hello.put("HELF".getBytes(StandardCharsets.US_ASCII)).putInt(32 + endpoint.length);
		hello.putInt(0).putInt(CHUNK_SIZE).putInt(CHUNK_SIZE).putInt(0).putInt(0);
		hello.putInt(endpoint.length).put(endpoint);
		return hello.array();
	}

	/** An intermediate ('C') chunk of an OpenSecureChannel under SecurityPolicy None: no authentication at all. */
	private static byte[] openSecureChannelChunk() {
		byte[] policy = SecurityPolicy.None.getUri().getBytes(StandardCharsets.UTF_8);
		ByteBuffer chunk = ByteBuffer.allocate(CHUNK_SIZE).order(ByteOrder.LITTLE_ENDIAN);
		chunk.put("OPNC".getBytes(StandardCharsets.US_ASCII)).putInt(CHUNK_SIZE);
		chunk.putInt(0).putInt(policy.length).put(policy).putInt(-1).putInt(-1);
		return chunk.array();
	}

	/** Growth over the baseline once the server had time to see every close (polled, as closes are asynchronous). */
	private static long settledGrowth(long baseline) throws InterruptedException {
		long grown = Long.MAX_VALUE;
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			grown = activeDirectBytes() - baseline;
			if (grown < 8L << 20) {
				break;
			}
			Thread.sleep(200);
		}
		return grown;
	}

	/** Bytes of pooled direct memory in use (allocated and not released), where Milo's transport takes its buffers. */
	private static long activeDirectBytes() {
		long active = 0;
		for (PoolArenaMetric arena : PooledByteBufAllocator.DEFAULT.metric().directArenas()) {
			active += arena.numActiveBytes();
		}
		return active;
	}
}
