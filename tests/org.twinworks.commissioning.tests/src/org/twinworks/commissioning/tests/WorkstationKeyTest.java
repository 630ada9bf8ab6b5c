// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.commissioning.evidence.WorkstationKey;

class WorkstationKeyTest {
	@TempDir
	Path dir;

	@Test
	void theKeyIsMadeOnceAndReused() throws Exception {
		Path own = dir.resolve("pki").resolve("own");
		WorkstationKey first = WorkstationKey.loadOrCreate(own);
		byte[] privateBytes = Files.readAllBytes(own.resolve(WorkstationKey.PRIVATE_FILE));
		WorkstationKey again = WorkstationKey.loadOrCreate(own);
		assertEquals(first.fingerprint(), again.fingerprint());
		assertEquals(first.publicKey(), again.publicKey());
		assertArrayEquals(privateBytes, Files.readAllBytes(own.resolve(WorkstationKey.PRIVATE_FILE)));
		// the files are the standard encodings any tool reads
		KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
		ed25519.generatePrivate(new PKCS8EncodedKeySpec(privateBytes));
		PublicKey stored = ed25519
				.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(own.resolve(WorkstationKey.PUBLIC_FILE))));
		assertEquals(first.publicKey(), stored);
	}

	@Test
	void thePrivateKeyIsReadableByItsOwnerOnly() throws IOException {
		Path own = dir.resolve("pki").resolve("own");
		WorkstationKey.loadOrCreate(own);
		assertEquals(PosixFilePermissions.fromString("rw-------"),
				Files.getPosixFilePermissions(own.resolve(WorkstationKey.PRIVATE_FILE)));
		assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(own));
		Files.setPosixFilePermissions(own.resolve(WorkstationKey.PRIVATE_FILE),
				PosixFilePermissions.fromString("rw-r--r--"));
		WorkstationKey.loadOrCreate(own);
		assertEquals(PosixFilePermissions.fromString("rw-------"),
				Files.getPosixFilePermissions(own.resolve(WorkstationKey.PRIVATE_FILE)),
				"loosened permissions are fixed");
	}

	@Test
	void theFingerprintIsTheSha256OfThePublicKeyLikeOurThumbprints() throws Exception {
		WorkstationKey key = WorkstationKey.loadOrCreate(dir);
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.publicKey().getEncoded());
		assertEquals(HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest), key.fingerprint());
		assertTrue(key.fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), key.fingerprint());
	}

	@Test
	void aSignatureVerifiesWithThePublicKey() throws Exception {
		WorkstationKey key = WorkstationKey.loadOrCreate(dir);
		byte[] data = "checkpoint".getBytes(StandardCharsets.US_ASCII);
		Signature verifier = Signature.getInstance("Ed25519");
		verifier.initVerify(key.publicKey());
		verifier.update(data);
		assertTrue(verifier.verify(key.sign(data)));
	}

	@Test
	void halfAKeyPairIsAnErrorNotAReasonToMakeANewKey() throws IOException {
		WorkstationKey.loadOrCreate(dir);
		Files.delete(dir.resolve(WorkstationKey.PUBLIC_FILE));
		byte[] privateBytes = Files.readAllBytes(dir.resolve(WorkstationKey.PRIVATE_FILE));
		IOException e = assertThrows(IOException.class, () -> WorkstationKey.loadOrCreate(dir));
		assertTrue(e.getMessage().contains(WorkstationKey.PUBLIC_FILE), e.getMessage());
		assertArrayEquals(privateBytes, Files.readAllBytes(dir.resolve(WorkstationKey.PRIVATE_FILE)));
	}

	@Test
	void aPublicKeyOfAnotherPairIsRefused() throws IOException {
		Path mine = dir.resolve("mine");
		Path other = dir.resolve("other");
		WorkstationKey.loadOrCreate(mine);
		WorkstationKey.loadOrCreate(other);
		Files.copy(other.resolve(WorkstationKey.PUBLIC_FILE), mine.resolve(WorkstationKey.PUBLIC_FILE),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		IOException e = assertThrows(IOException.class, () -> WorkstationKey.loadOrCreate(mine));
		assertTrue(e.getMessage().contains("not the public half"), e.getMessage());
	}

	@Test
	void theDefaultFolderIsBesideOurCertificateAndFollowsThePkiProperty() {
		String previous = System.getProperty("twinworks.pki");
		try {
			System.clearProperty("twinworks.pki");
			assertEquals(Path.of(System.getProperty("user.home"), ".twinworks", "pki", "own"),
					WorkstationKey.defaultDirectory());
			System.setProperty("twinworks.pki", dir.toString());
			assertEquals(dir.resolve("own"), WorkstationKey.defaultDirectory());
		} finally {
			if (previous == null) {
				System.clearProperty("twinworks.pki");
			} else {
				System.setProperty("twinworks.pki", previous);
			}
		}
	}
}
