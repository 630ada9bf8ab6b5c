// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.core.persistence;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content, never a mix:
 * write a temporary file in the same folder, fsync it, keep the old file as {@code <name>.bak}, then rename
 * the temporary file over the target and fsync the folder.
 */
public final class AtomicFileWriter {

	/** Writes the new content. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/** Called after the new content is safely on disk and before it replaces the target: a test seam for crashes. */
	@FunctionalInterface
	public interface BeforeReplace {
		void run(Path written) throws IOException;
	}

	private AtomicFileWriter() {
	}

	public static Path backupOf(Path target) {
		return target.resolveSibling(target.getFileName() + ".bak");
	}

	public static void write(Path target, Content content) throws IOException {
		write(target, content, written -> {
		});
	}

	/** Writes atomically without keeping the previous version (exports, generated files). */
	public static void writeWithoutBackup(Path target, Content content) throws IOException {
		write(target, content, written -> {
		}, false);
	}

	public static void write(Path target, Content content, BeforeReplace beforeReplace) throws IOException {
		write(target, content, beforeReplace, true);
	}

	private static void write(Path target, Content content, BeforeReplace beforeReplace, boolean backup)
			throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		removeLeftovers(absolute, Duration.ZERO);
		Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING);
					OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			keepPermissions(absolute, temp);
			beforeReplace.run(temp);
			if (backup && Files.exists(absolute)) {
				keepBackup(absolute);
			}
			try {
				Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
			syncFolder(folder);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** The temporary file is private (0600); the saved model keeps the old file's mode, or gets 0644. */
	private static void keepPermissions(Path target, Path temp) throws IOException {
		if (!Files.getFileStore(temp).supportsFileAttributeView("posix")) {
			return;
		}
		Files.setPosixFilePermissions(temp,
				Files.exists(target)
						? Files.getPosixFilePermissions(target)
						: PosixFilePermissions.fromString("rw-r--r--"));
	}

	/** A hard link costs nothing even for a 150 MB model; a copy where links are not supported. */
	private static void keepBackup(Path target) throws IOException {
		Path backup = backupOf(target);
		Path link = target.resolveSibling("." + target.getFileName() + ".bak.tmp");
		Files.deleteIfExists(link);
		try {
			Files.createLink(link, target);
		} catch (UnsupportedOperationException | FileSystemException e) {
			Files.copy(target, link, StandardCopyOption.REPLACE_EXISTING);
		}
		Files.move(link, backup, StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * Deletes what interrupted saves of {@code target} left beside it: temporary files (".name.*.tmp", maybe empty)
	 * and a half-made backup link, if older than {@code age} (a reader passes a minute, so it never takes the
	 * temporary file of a save running right now in another process). Failing to delete is not an error.
	 */
	public static void removeLeftovers(Path target, Duration age) {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		String prefix = "." + absolute.getFileName() + ".";
		if (folder == null || !Files.isDirectory(folder)) {
			return;
		}
		try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder,
				entry -> entry.getFileName().toString().startsWith(prefix)
						&& entry.getFileName().toString().endsWith(".tmp"))) {
			long before = System.currentTimeMillis() - age.toMillis();
			for (Path leftover : leftovers) {
				if (age.isZero() || Files.getLastModifiedTime(leftover).toMillis() < before) {
					Files.deleteIfExists(leftover);
				}
			}
		} catch (IOException | RuntimeException e) {
			// a read-only folder or a race with another save: the next save tries again
		}
	}

	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// some file systems cannot open folders; the rename itself is still atomic there
		}
	}
}
