// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.evidence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;
import java.util.Set;

import org.twinworks.live.LivePki;

/**
 * This workstation's Ed25519 key that signs evidence checkpoints, kept beside our OPC UA certificate: made once, then
 * reused, so that every checkpoint this workstation signs names the same fingerprint. The private key
 * ({@value #PRIVATE_FILE}, PKCS#8 DER) is readable by its owner only; the public key ({@value #PUBLIC_FILE}, X.509
 * DER) is what a reviewer trusts.
 */
public final class WorkstationKey {
	public static final String PRIVATE_FILE = "commissioning-ed25519.key";
	public static final String PUBLIC_FILE = "commissioning-ed25519.pub";
	/** Two processes making the key at once would otherwise each keep half of a different pair. */
	private static final String LOCK_FILE = ".commissioning-ed25519.lock";
	private static final String ALGORITHM = "Ed25519";
	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private final PrivateKey privateKey;
	private final PublicKey publicKey;
	private final String fingerprint;

	private WorkstationKey(PrivateKey privateKey, PublicKey publicKey) {
		this.privateKey = privateKey;
		this.publicKey = publicKey;
		this.fingerprint = fingerprint(publicKey);
	}

	/** {@code <pki>/own}: {@code -Dtwinworks.pki} when set, else the PKI folder of {@link LivePki}. */
	public static Path defaultDirectory() {
		String pki = System.getProperty("twinworks.pki");
		Path root = pki == null || pki.isBlank() ? LivePki.defaultDirectory() : Path.of(pki);
		return root.resolve("own");
	}

	/**
	 * The key kept in {@code directory}, made there on first use. A half-present or unreadable pair is an error, never
	 * replaced: the fingerprint that signed earlier checkpoints must not change silently.
	 */
	public static synchronized WorkstationKey loadOrCreate(Path directory) throws IOException {
		createOwnerOnlyDirectory(directory);
		try (FileChannel lockChannel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE)) {
			FileLock lock = lockChannel.lock();
			try {
				return loadOrCreateLocked(directory);
			} finally {
				lock.release();
			}
		}
	}

	private static WorkstationKey loadOrCreateLocked(Path directory) throws IOException {
		Path privateFile = directory.resolve(PRIVATE_FILE);
		Path publicFile = directory.resolve(PUBLIC_FILE);
		boolean hasPrivate = Files.exists(privateFile);
		boolean hasPublic = Files.exists(publicFile);
		if (hasPrivate && hasPublic) {
			return read(privateFile, publicFile);
		}
		if (hasPrivate || hasPublic) {
			throw new IOException(directory + ": " + (hasPrivate ? PRIVATE_FILE : PUBLIC_FILE) + " is there without "
					+ (hasPrivate ? PUBLIC_FILE : PRIVATE_FILE)
					+ "; restore it, or move both away to make a new key (earlier checkpoints keep the old fingerprint)");
		}
		return create(privateFile, publicFile);
	}

	public PublicKey publicKey() {
		return publicKey;
	}

	/** SHA-256 of the X.509-encoded public key, upper-case hex bytes separated by colons, like our thumbprints. */
	public String fingerprint() {
		return fingerprint;
	}

	public byte[] sign(byte[] data) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initSign(privateKey);
			signature.update(data);
			return signature.sign();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot sign with the workstation key " + fingerprint, e);
		}
	}

	/** The fingerprint of any public key, as {@link #fingerprint()} spells it. */
	public static String fingerprint(PublicKey key) {
		return HexFormat.ofDelimiter(":").withUpperCase().formatHex(ChainLines.sha256().digest(key.getEncoded()));
	}

	/** Upper-case hex without separators, so that fingerprints compare whatever way they were pasted. */
	static String normalizeFingerprint(String fingerprint) {
		return fingerprint.replaceAll("[^0-9A-Fa-f]", "").toUpperCase();
	}

	static PublicKey decodePublicKey(byte[] x509) throws GeneralSecurityException {
		return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
	}

	static boolean verifies(PublicKey key, byte[] data, byte[] signatureBytes) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initVerify(key);
			signature.update(data);
			return signature.verify(signatureBytes);
		} catch (GeneralSecurityException e) {
			return false; // a signature of the wrong length or a key of another algorithm: not a valid signature
		}
	}

	private static WorkstationKey read(Path privateFile, Path publicFile) throws IOException {
		WorkstationKey key;
		try {
			KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
			PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
			PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
			key = new WorkstationKey(privateKey, publicKey);
		} catch (GeneralSecurityException e) {
			throw new IOException(privateFile + " or " + publicFile + " is not an Ed25519 key: " + e.getMessage(), e);
		}
		byte[] probe = "twinworks workstation key probe".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		if (!verifies(key.publicKey, probe, key.sign(probe))) {
			throw new IOException(publicFile + " is not the public half of " + privateFile);
		}
		if (isPosix(privateFile.getFileSystem()) && !Files.getPosixFilePermissions(privateFile).equals(OWNER_ONLY)) {
			Files.setPosixFilePermissions(privateFile, OWNER_ONLY); // a copy may have loosened them
		}
		return key;
	}

	private static WorkstationKey create(Path privateFile, Path publicFile) throws IOException {
		KeyPair pair;
		try {
			pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("every JDK since 15 has Ed25519", e);
		}
		// the public half first: a private key alone would be refused on the next start
		writeAtomically(publicFile, pair.getPublic().getEncoded(), false);
		writeAtomically(privateFile, pair.getPrivate().getEncoded(), true);
		return new WorkstationKey(pair.getPrivate(), pair.getPublic());
	}

	private static void writeAtomically(Path file, byte[] content, boolean secret) throws IOException {
		boolean posix = isPosix(file.getFileSystem());
		FileAttribute<?>[] attributes = secret && posix
				? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
				: new FileAttribute<?>[0];
		// made owner-only from the start: the private key is never readable by others, not even for a moment
		Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp", attributes);
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void createOwnerOnlyDirectory(Path directory) throws IOException {
		if (Files.isDirectory(directory)) {
			return;
		}
		if (isPosix(directory.getFileSystem())) {
			Files.createDirectories(directory,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		} else {
			Files.createDirectories(directory);
		}
	}

	private static boolean isPosix(FileSystem fileSystem) {
		return fileSystem.supportedFileAttributeViews().contains("posix");
	}
}
