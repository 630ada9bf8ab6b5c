// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.core.runtime.ILog;
import org.twinworks.core.persistence.AtomicFileWriter;

/**
 * The frames acknowledged on one plant file, kept in a small text file so they stay acknowledged after a restart:
 * a header naming the plant, then one {@link FrameIdentity} a line. Written atomically on every acknowledgement; at
 * most {@link #CAPACITY} are kept (the latest starts). A line that cannot be read is reported with the file and line
 * and left out: the others still count.
 */
public final class Acknowledgements {
	/** As many as the workbench's book holds, and more: older frames are long gone from the view. */
	public static final int CAPACITY = 20_000;
	private static final String HEADER = "# Twinworks acknowledged event frames of ";

	private final Path file;
	private final String plant;
	private final Set<FrameIdentity> acknowledged = new LinkedHashSet<>();
	private final List<String> problems = new ArrayList<>();

	private Acknowledgements(Path file, String plant) {
		this.file = file;
		this.plant = plant;
	}

	/** The acknowledgements saved in {@code file} (none when it does not exist yet) for the plant named {@code plant}. */
	public static Acknowledgements load(Path file, String plant) {
		Acknowledgements loaded = new Acknowledgements(file, plant);
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			return loaded;
		} catch (IOException | RuntimeException e) {
			loaded.problem(file + ": could not be read (" + e.getMessage() + "); acknowledgements start empty");
			return loaded;
		}
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			try {
				loaded.acknowledged.add(FrameIdentity.parse(lines.get(i)));
			} catch (IllegalArgumentException e) {
				loaded.problem(file + ":" + (i + 1) + ": not an acknowledged frame, left out: " + e.getMessage());
			}
		}
		return loaded;
	}

	private void problem(String message) {
		problems.add(message);
		ILog.of(Acknowledgements.class).warn(message);
	}

	public Path file() {
		return file;
	}

	/** What was wrong with the file when it was loaded (also logged), empty when nothing. */
	public List<String> problems() {
		return List.copyOf(problems);
	}

	public synchronized boolean contains(FrameIdentity frame) {
		return acknowledged.contains(frame);
	}

	public synchronized int size() {
		return acknowledged.size();
	}

	/** Adds the frames and saves the file; a file that cannot be written is reported, the acknowledgement stays. */
	public synchronized void add(Collection<FrameIdentity> frames) {
		if (!acknowledged.addAll(frames)) {
			return;
		}
		if (acknowledged.size() > CAPACITY) {
			List<FrameIdentity> newest = acknowledged.stream()
					.sorted(Comparator.comparing(FrameIdentity::start).reversed()).limit(CAPACITY).toList();
			acknowledged.retainAll(Set.copyOf(newest));
		}
		List<FrameIdentity> lines = List.copyOf(acknowledged);
		try {
			Files.createDirectories(file.getParent());
			AtomicFileWriter.writeWithoutBackup(file, out -> {
				BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
				writer.write(HEADER + plant.replace('\n', ' ') + "\n");
				for (FrameIdentity frame : lines) {
					writer.write(frame.line());
					writer.write('\n');
				}
				writer.flush();
			});
		} catch (IOException e) {
			ILog.of(Acknowledgements.class).warn("Could not save the acknowledged events in " + file, e);
		}
	}
}
