// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.sim.internal.ServerIdentity;

/** The virtual plant's PKI: its application certificate, made once and kept. */
class ServerIdentityTest {
	@TempDir
	Path directory;

	@Test
	void serverCertificateIsKeptBetweenStartsAndRenewedForAnotherApplication() throws Exception {
		Path pki = directory.resolve("pki");
		List<String> hosts = List.of("localhost", "127.0.0.1");
		String first = ServerIdentity.loadOrCreate(pki, "urn:test:twinworks:sim", hosts).thumbprint();
		assertEquals(first, ServerIdentity.loadOrCreate(pki, "urn:test:twinworks:sim", hosts).thumbprint());
		assertNotEquals(first, ServerIdentity.loadOrCreate(pki, "urn:other:twinworks:sim", hosts).thumbprint());
		assertEquals(95, first.length()); // 32 bytes as colon-separated hex
	}
}
