// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.twinworks.core.persistence.AtomicFileWriter;

/**
 * A file saved by replacing it (plant model, notation): the child saves two different versions in turn; after a
 * kill the file and its {@code .bak} must each be one of the two, byte for byte, and load without error, and the
 * temporary files the kill left must be gone once the file is opened or saved again.
 */
final class ReplacedFile implements FileKind {
	private static final String[] VERSIONS = {"version-a", "version-b"};
	private final String name;
	private final ReplacedFormat format;
	private Set<String> versions = Set.of();

	ReplacedFile(String name, ReplacedFormat format) {
		this.name = name;
		this.format = format;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public void prepare(Path folder) throws IOException {
		for (int variant = 0; variant < VERSIONS.length; variant++) {
			Path version = folder.resolve(VERSIONS[variant]).resolve(format.fileName());
			format.save(format.synthetic(version, variant), version);
		}
		versions = Set.of(sha256(Files.readAllBytes(version(folder, 0))),
				sha256(Files.readAllBytes(version(folder, 1))));
		if (versions.size() != 2) {
			throw new IllegalStateException("the two versions of the " + name + " file are the same");
		}
		Files.copy(version(folder, 0), folder.resolve(format.fileName()), StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public void saveUntilKilled(Path folder, Announcer announcer) throws IOException {
		Resource[] resources = {format.load(version(folder, 0)), format.load(version(folder, 1))};
		String[] hashes = {sha256(format.bytes(resources[0])), sha256(format.bytes(resources[1]))};
		Path target = folder.resolve(format.fileName());
		for (int i = 1;; i++) {
			int variant = i % 2;
			announcer.saving(hashes[variant]);
			format.save(resources[variant], target);
			announcer.saved(hashes[variant]);
		}
	}

	@Override
	public Verdict check(Path folder, ChildOutput child) throws IOException {
		for (String started : child.started()) {
			if (!versions.contains(started)) {
				return Verdict.corrupt("the child saved bytes that are neither version (a load and save is not"
						+ " byte-identical), so this check proves nothing");
			}
		}
		Path target = folder.resolve(format.fileName());
		if (!Files.exists(target)) {
			return Verdict.corrupt("the file is gone");
		}
		if (!versions.contains(sha256(Files.readAllBytes(target)))) {
			return Verdict.corrupt("the file is neither version (" + Files.size(target) + " bytes)");
		}
		Path backup = AtomicFileWriter.backupOf(target);
		if (Files.exists(backup) && !versions.contains(sha256(Files.readAllBytes(backup)))) {
			return Verdict.corrupt("the backup is neither version (" + Files.size(backup) + " bytes)");
		}
		boolean unloadable = false;
		try {
			format.load(target);
		} catch (IOException | RuntimeException e) {
			unloadable = true;
		}
		int leftByKill = leftovers(target);
		// what ResourceFiles.read does on open (for temporary files older than a minute) and every save does
		AtomicFileWriter.removeLeftovers(target, Duration.ZERO);
		return new Verdict(null, unloadable, leftByKill, leftovers(target), false);
	}

	private Path version(Path folder, int variant) {
		return folder.resolve(VERSIONS[variant]).resolve(format.fileName());
	}

	/** Temporary files of saves of {@code target}: ".name.*.tmp" (the data) and ".name.bak.tmp" (the backup link). */
	private static int leftovers(Path target) throws IOException {
		String prefix = "." + target.getFileName() + ".";
		int count = 0;
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.getParent(),
				entry -> entry.getFileName().toString().startsWith(prefix)
						&& entry.getFileName().toString().endsWith(".tmp"))) {
			for (Path ignored : entries) {
				count++;
			}
		}
		return count;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
