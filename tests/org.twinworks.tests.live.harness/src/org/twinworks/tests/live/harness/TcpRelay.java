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
 * until {@link #heal()}; {@link #stallAfterRequest(int)} does so right after one kind of request reached the server,
 * so the server acts on it but its answer is lost.
 */
public final class TcpRelay implements AutoCloseable {
	private final ServerSocket listener;
	private final int targetPort;
	private final List<Socket> sockets = new CopyOnWriteArrayList<>();
	private volatile boolean stalled;
	// the binary encoding id (namespace 0) of the request after which to stall, or -1
	private volatile int stallAfter = -1;

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

	/**
	 * Stalls as {@link #stall()} does as soon as a request whose binary encoding id (namespace 0, e.g. 751 for
	 * CreateMonitoredItems) has been passed on to the server: the server gets it, the client never its answer.
	 * Only for unencrypted (security None) connections, where the relay can read the request's type.
	 */
	public void stallAfterRequest(int binaryEncodingId) {
		stallAfter = binaryEncodingId;
	}

	/** Ends a {@link #stall()}: the connections it spoiled are reset, new ones are relayed again. */
	public void heal() {
		dropConnections();
		stallAfter = -1;
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
				Thread.ofVirtual().start(() -> pump(client, server, true));
				Thread.ofVirtual().start(() -> pump(server, client, false));
			} catch (IOException e) {
				// the server is down: the client sees its connection closed at once, as if refused
				closeQuietly(client);
			}
		}
	}

	private void pump(Socket from, Socket to, boolean requests) {
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			for (int n; (n = in.read(buffer)) >= 0;) {
				if (!stalled) {
					out.write(buffer, 0, n);
					out.flush();
					if (requests && stallAfter >= 0 && startsRequest(buffer, n, stallAfter)) {
						stalled = true;
					}
				}
			}
		} catch (IOException e) {
			// one side closed or was reset: close the other as well
		}
		closeQuietly(from);
		closeQuietly(to);
	}

	/**
	 * Whether a message chunk in the first {@code n} bytes carries a request of that encoding id. A symmetric chunk
	 * of a None channel: "MSG", chunk type, size, channel id, token id, sequence number, request id (4 bytes each),
	 * then the body's type as a four-byte node id (0x01, namespace 0, the id as two bytes little endian).
	 */
	private static boolean startsRequest(byte[] buffer, int n, int encodingId) {
		for (int i = 0; i + 28 <= n; i++) {
			if (buffer[i] == 'M' && buffer[i + 1] == 'S' && buffer[i + 2] == 'G' && buffer[i + 24] == 0x01
					&& buffer[i + 25] == 0 && buffer[i + 26] == (byte) encodingId
					&& buffer[i + 27] == (byte) (encodingId >> 8)) {
				return true;
			}
		}
		return false;
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		} catch (IOException e) {
			// nothing left to release
		}
	}
}
