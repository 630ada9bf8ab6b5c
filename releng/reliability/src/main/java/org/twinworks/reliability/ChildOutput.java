// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a child printed, read from the file its stdout goes to (a pipe read while the process dies can lose its
 * last lines). Read after the kill, the last marker says whether the child died inside a save.
 */
final class ChildOutput {
	private final List<String> lines;

	private ChildOutput(List<String> lines) {
		this.lines = lines;
	}

	/** Waits until the child has begun its first save; false if it did not within {@code timeout} or exited. */
	static boolean awaitFirstSave(Path stdout, Process process, Duration timeout)
			throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			if (Files.exists(stdout) && Files.readString(stdout, StandardCharsets.ISO_8859_1).contains("saving ")) {
				return true;
			}
			Thread.sleep(5);
		}
		return false;
	}

	static ChildOutput read(Path stdout) throws IOException {
		return new ChildOutput(Files.readAllLines(stdout, StandardCharsets.ISO_8859_1));
	}

	/** The child's last marker was "saving": the kill landed between the start and the end of a save. */
	boolean killedMidSave() {
		for (int i = lines.size() - 1; i >= 0; i--) {
			if (lines.get(i).startsWith("saving ")) {
				return true;
			}
			if (lines.get(i).startsWith("saved ")) {
				return false;
			}
		}
		return false;
	}

	/** The token of the last save the child saw complete, or null if none did. */
	@Nullable
	String lastSaved() {
		for (int i = lines.size() - 1; i >= 0; i--) {
			if (lines.get(i).startsWith("saved ")) {
				return lines.get(i).substring("saved ".length());
			}
		}
		return null;
	}

	/** The tokens of every save the child began. */
	List<String> started() {
		return lines.stream().filter(line -> line.startsWith("saving ")).map(line -> line.substring(7)).toList();
	}
}
