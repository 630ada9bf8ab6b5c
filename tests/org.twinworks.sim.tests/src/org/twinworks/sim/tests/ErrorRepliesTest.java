// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.sim.VirtualPlantConfig;

/**
 * Hostile or broken bytes end the connection with an Error message whose reason is the status code's name and the
 * specification's text for it, never the text of a Java exception inside the server.
 */
class ErrorRepliesTest {
	@TempDir
	Path directory;

	@Test
	void errorRepliesNameTheStatusAndNothingOfTheServersInsides() throws Exception {
		TestClients clients = new TestClients();
		try (VirtualPlant plant = VirtualPlant.start(TestClients.demoPlant(directory), VirtualPlantConfig
				.builder(directory.resolve("pki")).port(0).trustClient(clients.certificate).build())) {
			String url = plant.endpointUrl();
			int port = URI.create(url).getPort();
			Map<String, byte[][]> inputs = new LinkedHashMap<>();
			inputs.put("an unknown message type", new byte[][]{frame("XYZF", new byte[16])});
			inputs.put("a Hello with a tiny buffer", new byte[][]{hello(url, 100)});
			inputs.put("an OpenSecureChannel for an unknown policy",
					new byte[][]{hello(url, 65_535), open("http://example.invalid/policy#Nonsense")});
			inputs.put("an OpenSecureChannel cut short",
					new byte[][]{hello(url, 65_535), frame("OPNF", new byte[]{0, 0, 0, 0, (byte) 0xF0, 0x7F, 0, 0})});
			int errors = 0;
			for (Map.Entry<String, byte[][]> input : inputs.entrySet()) {
				Reply reply = send(port, input.getValue());
				System.out.println("error reply to " + input.getKey() + ": " + reply);
				if (reply.reason == null) {
					continue; // the server hung up without a word, which leaks nothing either
				}
				errors++;
				assertTrue(reply.reason.matches("Bad_\\w+: [^\\n]+"), input.getKey() + ": " + reply.reason);
				assertFalse(
						reply.reason.contains("Exception") || reply.reason.contains("java.")
								|| reply.reason.contains("org.eclipse") || reply.reason.contains("io.netty"),
						input.getKey() + ": " + reply.reason);
			}
			assertTrue(errors >= 2, "most broken inputs get an Error reply, " + errors + " did");
		}
	}

	private record Reply(long status, String reason) {
		@Override
		public String toString() {
			return reason == null ? "(closed without an Error)" : String.format("0x%08X %s", status, reason);
		}
	}

	/** Sends the messages and reads what comes back up to the first Error message. */
	private static Reply send(int port, byte[][] messages) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(10_000);
			InputStream in = socket.getInputStream();
			for (byte[] message : messages) {
				socket.getOutputStream().write(message);
				socket.getOutputStream().flush();
				Reply reply = readUntilError(in, message == messages[messages.length - 1]);
				if (reply != null) {
					return reply;
				}
			}
			return new Reply(0, null);
		} catch (IOException e) {
			return new Reply(0, null);
		}
	}

	/** The next message if it is an Error; null after another one (an Acknowledge) unless {@code last}. */
	private static Reply readUntilError(InputStream in, boolean last) throws IOException {
		byte[] header = in.readNBytes(8);
		if (header.length < 8) {
			return new Reply(0, null);
		}
		ByteBuffer head = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
		String type = new String(header, 0, 4, StandardCharsets.US_ASCII);
		byte[] body = in.readNBytes(head.getInt(4) - 8);
		if (!type.equals("ERRF")) {
			return last ? new Reply(0, null) : null;
		}
		ByteBuffer error = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
		long status = Integer.toUnsignedLong(error.getInt());
		int length = error.getInt();
		assertEquals(body.length - 8, Math.max(0, length), "the Error message's reason fills the message");
		return new Reply(status, length < 0 ? "" : new String(body, 8, length, StandardCharsets.UTF_8));
	}

	private static byte[] frame(String type, byte[] body) {
		ByteBuffer frame = ByteBuffer.allocate(8 + body.length).order(ByteOrder.LITTLE_ENDIAN);
		frame.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(8 + body.length).put(body);
		return frame.array();
	}

	private static byte[] hello(String url, int bufferSize) {
		byte[] endpoint = url.getBytes(StandardCharsets.UTF_8);
		ByteBuffer body = ByteBuffer.allocate(24 + endpoint.length).order(ByteOrder.LITTLE_ENDIAN);
		body.putInt(0).putInt(bufferSize).putInt(bufferSize).putInt(0).putInt(0);
		body.putInt(endpoint.length).put(endpoint);
		return frame("HELF", body.array());
	}

	private static byte[] open(String policyUri) {
		byte[] policy = policyUri.getBytes(StandardCharsets.UTF_8);
		ByteBuffer body = ByteBuffer.allocate(4 + 4 + policy.length + 8 + 8 + 64).order(ByteOrder.LITTLE_ENDIAN);
		body.putInt(0).putInt(policy.length).put(policy).putInt(-1).putInt(-1);
		body.putInt(1).putInt(1); // sequence number, request id
		return frame("OPNF", body.array());
	}
}
