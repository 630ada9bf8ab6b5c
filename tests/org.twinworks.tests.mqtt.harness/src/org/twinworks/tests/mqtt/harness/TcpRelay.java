// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.tests.mqtt.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on 127.0.0.1 in front of a broker. {@link #cutAll()} drops every relayed connection without an MQTT
 * DISCONNECT, as a crashed process or a pulled cable does, so the broker publishes the client's will; with
 * {@link #refuseNew(boolean)} the relay also turns new connections away (the client stays dead).
 */
public final class TcpRelay implements AutoCloseable {

	private final ServerSocket server;
	private final int targetPort;
	private final List<Socket> sockets = new CopyOnWriteArrayList<>();
	private volatile boolean refuse;

	public TcpRelay(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread.ofVirtual().name("tcp-relay-accept").start(this::acceptLoop);
	}

	public int port() {
		return server.getLocalPort();
	}

	public String uri(String scheme) {
		return scheme + "://127.0.0.1:" + port();
	}

	/** Closes every relayed connection at once. */
	public void cutAll() {
		for (Socket socket : sockets) {
			try {
				socket.setSoLinger(true, 0);
				socket.close();
			} catch (IOException ignored) {
				// closing anyway
			}
		}
		sockets.clear();
	}

	/** While true, new connections are closed as soon as they arrive. */
	public void refuseNew(boolean value) {
		refuse = value;
	}

	@Override
	public void close() throws IOException {
		server.close();
		cutAll();
	}

	private void acceptLoop() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				if (refuse) {
					client.close();
					continue;
				}
				Socket broker = new Socket();
				broker.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 2000);
				sockets.add(client);
				sockets.add(broker);
				Thread.ofVirtual().start(() -> pump(client, broker));
				Thread.ofVirtual().start(() -> pump(broker, client));
			} catch (IOException e) {
				// server closed, or the broker is down: the client sees a closed connection
			}
		}
	}

	private static void pump(Socket from, Socket to) {
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				out.write(buffer, 0, read);
			}
		} catch (IOException e) {
			// one side closed
		} finally {
			try {
				to.close();
				from.close();
			} catch (IOException ignored) {
				// already closed
			}
		}
	}
}
