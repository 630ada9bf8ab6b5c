// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Where a new recording goes when the chosen file exists: the recording format is a sequence of self-contained
 * records, so Append really appends (after cutting a tail a crash tore); New File records beside it under a fresh
 * name ({@code name-2.ext}, {@code name-3.ext}...). Nothing is ever replaced.
 */
public final class RecordingTarget {
	public static final String APPEND = "Append";
	public static final String NEW_FILE = "New File";

	private RecordingTarget() {
	}

	/** Asks when {@code file} exists; returns the file to record into, or null when the user cancelled. UI thread. */
	public static Path ask(Shell shell, Path file) {
		if (!Files.exists(file)) {
			return file;
		}
		MessageDialog question = new MessageDialog(shell, "Record into an existing file", null,
				file.getFileName()
						+ " already holds a recording. Append the new values to it, or record into a new file ("
						+ freshName(file).getFileName() + ")?",
				MessageDialog.QUESTION, 0, APPEND, NEW_FILE, "Cancel");
		return switch (question.open()) {
		case 0 -> file;
		case 1 -> freshName(file);
		default -> null;
		};
	}

	/** The first of {@code name-2.ext}, {@code name-3.ext}... beside {@code file} that does not exist. */
	public static Path freshName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot <= 0 ? name : name.substring(0, dot);
		String extension = dot <= 0 ? "" : name.substring(dot);
		for (int n = 2;; n++) {
			Path candidate = file.resolveSibling(stem + "-" + n + extension);
			if (!Files.exists(candidate)) {
				return candidate;
			}
		}
	}
}
