// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.tests.live.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on 127.0.0.1 between a client and a server, so a test can break the connection while the server
 * (and the client's session on it) lives on, without root: {@link #dropConnections()} resets every connection
 * relayed so far, as a failing switch would; {@link #stall()} swallows every byte silently, as a cut cable does,
 * until {@link #heal()}.
 */
public final class TcpRelay implements AutoCloseable {
	private final ServerSocket listener;
	private final int targetPort;
	private final List<Socket> sockets = new CopyOnWriteArrayList<>();
	private volatile boolean stalled;

	private TcpRelay(ServerSocket listener, int targetPort) {
		this.listener = listener;
		this.targetPort = targetPort;
	}

	/** A relay to 127.0.0.1:{@code targetPort} on a free port of 127.0.0.1, accepting at once. */
	public static TcpRelay to(int targetPort) throws IOException {
		ServerSocket listener = new ServerSocket();
		listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		TcpRelay relay = new TcpRelay(listener, targetPort);
		Thread.ofVirtual().name("tcp-relay-accept").start(relay::accept);
		return relay;
	}

	public int port() {
		return listener.getLocalPort();
	}

	/** {@code url} (opc.tcp://host:port/path) with this relay's port. */
	public String relayed(String url) {
		URI uri = URI.create(url);
		return uri.getScheme() + "://127.0.0.1:" + port() + uri.getRawPath();
	}

	/** Resets every open connection (RST: no goodbye reaches either side). */
	public void dropConnections() {
		for (Socket socket : sockets) {
			try {
				socket.setSoLinger(true, 0);
				socket.close();
			} catch (IOException e) {
				// already closed
			}
		}
		sockets.clear();
	}

	/** From now on every byte either side sends is swallowed; nobody is told. */
	public void stall() {
		stalled = true;
	}

	/** Ends a {@link #stall()}: the connections it spoiled are reset, new ones are relayed again. */
	public void heal() {
		dropConnections();
		stalled = false;
	}

	@Override
	public void close() throws IOException {
		listener.close();
		dropConnections();
	}

	private void accept() {
		while (!listener.isClosed()) {
			Socket client;
			try {
				client = listener.accept();
			} catch (IOException e) {
				return; // closed
			}
			try {
				Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
				sockets.add(client);
				sockets.add(server);
				Thread.ofVirtual().start(() -> pump(client, server));
				Thread.ofVirtual().start(() -> pump(server, client));
			} catch (IOException e) {
				// the server is down: the client sees its connection closed at once, as if refused
				closeQuietly(client);
			}
		}
	}

	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			for (int n; (n = in.read(buffer)) >= 0;) {
				if (!stalled) {
					out.write(buffer, 0, n);
				}
			}
		} catch (IOException e) {
			// one side closed or was reset: close the other as well
		}
		closeQuietly(from);
		closeQuietly(to);
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		} catch (IOException e) {
			// nothing left to release
		}
	}
}
