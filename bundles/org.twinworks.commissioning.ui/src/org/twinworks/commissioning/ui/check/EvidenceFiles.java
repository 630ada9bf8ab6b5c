// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.evidence.CanonicalContent;
import org.twinworks.commissioning.evidence.EvidenceChain;
import org.twinworks.commissioning.record.Check;

/**
 * Files attached to a check: copied into {@code <record>.attachments/} beside the record (never moved, so the
 * original stays where the engineer keeps it), hashed, and the hash appended to the record's evidence chain as the
 * engine appends observations, so a file swapped later shows against the chain.
 */
final class EvidenceFiles {
	/** The chain record kind of an attachment; the payload is its canonical content. */
	static final String KIND = "attachment";

	private final Path recordFile;

	EvidenceFiles(Path recordFile) {
		this.recordFile = recordFile;
	}

	/** {@code plant.twincx} → {@code plant.twincx.attachments}. */
	static Path folderBeside(Path recordFile) {
		return recordFile.resolveSibling(recordFile.getFileName() + ".attachments");
	}

	/** What a copied and chained file is: its name relative to the record's folder, its hash and chain record. */
	record Stored(String file, String sha256, long chainIndex) {
	}

	/**
	 * Copies {@code source} beside the record under a name not yet taken, hashes the copy, and appends the hash to
	 * {@code chain} (the record's, held open by its editor campaign).
	 */
	Stored store(Check check, Path source, String user, EvidenceChain chain) throws IOException {
		if (!Files.isRegularFile(source)) {
			throw new IOException(source + " is not a file");
		}
		Path folder = folderBeside(recordFile);
		Files.createDirectories(folder);
		Path target = freeName(folder, source.getFileName().toString());
		Path partial = Files.createTempFile(folder, ".copy-", ".part");
		try {
			Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(partial);
		}
		String sha256 = sha256(target);
		String relative = recordFile.toAbsolutePath().getParent().relativize(target.toAbsolutePath()).toString()
				.replace('\\', '/');
		long index = chain.append(KIND, payload(check, relative, sha256, user)).index();
		return new Stored(relative, sha256, index);
	}

	/** The chained text of an attachment, which a reviewer recomputes from the record and the file. */
	static String payload(Check check, String file, String sha256, @Nullable String user) {
		Map<String, @Nullable String> fields = new TreeMap<>();
		fields.put("check", check.getId());
		fields.put("file", file);
		fields.put("sha256", sha256);
		fields.put("user", user);
		return CanonicalContent.of(fields);
	}

	static String sha256(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static Path freeName(Path folder, String name) {
		Path candidate = folder.resolve(name);
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : "";
		for (int n = 2; Files.exists(candidate); n++) {
			candidate = folder.resolve(base + "-" + n + extension);
		}
		return candidate;
	}
}
