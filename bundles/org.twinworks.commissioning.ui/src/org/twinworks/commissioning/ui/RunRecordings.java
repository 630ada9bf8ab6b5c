// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.twinworks.commissioning.record.Session;

/**
 * Where the workbench records a run's working memory: one file per run session in {@code plant.twincx.recordings/}
 * beside the record, in the live core's recording format, named in the session record so each piece of evidence can
 * be replayed. The command line writes its recordings beside the record itself; both places are looked in.
 */
public final class RunRecordings {
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

	private RunRecordings() {
	}

	/** The recordings folder beside {@code record}. */
	public static Path folderBeside(Path record) {
		return record.resolveSibling(record.getFileName() + ".recordings");
	}

	/** A new file for a run of {@code checkId} (not yet created: the recorder creates it and its folder). */
	public static Path newFile(Path record, String checkId) {
		String name = checkId.replaceAll("[^A-Za-z0-9._-]+", "-") + "-" + LocalDateTime.now().format(STAMP)
				+ ".twinrec";
		return folderBeside(record).resolve(name);
	}

	/** The recording of {@code session}, when it named one and the file is still there. */
	public static Optional<Path> of(Path record, Session session) {
		String name = session.getRecording();
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		for (Path candidate : new Path[]{folderBeside(record).resolve(name), record.resolveSibling(name)}) {
			if (Files.isRegularFile(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}
}
