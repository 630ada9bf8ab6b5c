// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The local addresses of the IPv4 sockets listening on a port, from Linux's /proc/net/tcp: proves what the
 * server bound without connecting to any address but loopback.
 */
final class ListeningSockets {
	private static final String LISTEN = "0A";

	private ListeningSockets() {
	}

	static List<String> localAddresses(int port) throws IOException {
		List<String> addresses = new ArrayList<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			Path file = Path.of(table);
			if (!Files.isReadable(file)) {
				continue;
			}
			List<String> lines = Files.readAllLines(file);
			for (String line : lines.subList(1, lines.size())) {
				String[] fields = line.trim().split("\\s+");
				String[] local = fields[1].split(":");
				if (Integer.parseInt(local[1], 16) == port && fields[3].equals(LISTEN)) {
					addresses.add(address(local[0]));
				}
			}
		}
		return addresses;
	}

	/**
	 * /proc writes IPv4 addresses as little-endian hex, and an IPv6 socket bound to an IPv4 address as the
	 * mapped ::ffff:a.b.c.d; any other IPv6 address is kept as hex (all zeros is the wildcard).
	 */
	private static String address(String hex) {
		if (hex.length() == 32 && hex.startsWith("0000000000000000FFFF0000")) {
			return address(hex.substring(24));
		}
		if (hex.length() != 8) {
			return hex;
		}
		return Integer.parseInt(hex.substring(6, 8), 16) + "." + Integer.parseInt(hex.substring(4, 6), 16) + "."
				+ Integer.parseInt(hex.substring(2, 4), 16) + "." + Integer.parseInt(hex.substring(0, 2), 16);
	}
}
