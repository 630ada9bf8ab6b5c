// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.twinworks.core.persistence.AtomicFileWriter;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventListener;

/**
 * Event frames as JSON lines (see {@link EventJson}), one line as a frame opens and one as it closes: what
 * {@code watch --json} prints and what is kept beside a recording as {@code <recording>.events.jsonl}, so a replay
 * can show its events. Attached to an engine it appends each line as one write, flushed at once; {@link #save}
 * replaces a whole log atomically (a re-analysis).
 */
public final class EventLog implements EventListener, AutoCloseable {
	public static final String SUFFIX = ".events.jsonl";

	private final FileChannel channel;

	private EventLog(FileChannel channel) {
		this.channel = channel;
	}

	/** The log kept beside {@code recording}. */
	public static Path besideRecording(Path recording) {
		return recording.resolveSibling(recording.getFileName() + SUFFIX);
	}

	/** A log appending to {@code file} (created if missing); attach it with {@link EventEngine#addListener}. */
	public static EventLog appendingTo(Path file) throws IOException {
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		return new EventLog(
				FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
	}

	/** Replaces {@code file} with the lines of {@code frames}: for each, its opening and, if closed, its closing. */
	public static void save(Path file, List<EventFrame> frames) throws IOException {
		List<String> lines = linesOf(frames);
		AtomicFileWriter.writeWithoutBackup(file, out -> {
			for (String line : lines) {
				out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
			}
		});
	}

	/** The lines of {@code frames} in time order: each opening at its start, each closing at its end. */
	static List<String> linesOf(List<EventFrame> frames) {
		record Line(java.time.Instant at, long id, int order, String text) {
		}
		List<Line> lines = new ArrayList<>();
		for (EventFrame frame : frames) {
			EventFrame opened = new EventFrame(frame.id(), frame.source(), frame.severity(), frame.equipment(),
					frame.message(), frame.start(), null, frame.atStart(), java.util.Map.of());
			lines.add(new Line(frame.start(), frame.id(), 0, EventJson.line(opened)));
			if (frame.end() != null) {
				lines.add(new Line(frame.end(), frame.id(), 1, EventJson.line(frame)));
			}
		}
		lines.sort(Comparator.comparing(Line::at).thenComparingInt(Line::order).thenComparingLong(Line::id));
		return lines.stream().map(Line::text).toList();
	}

	/**
	 * Every line of a log, in file order. A last line without its newline (torn by a crash while appending) is
	 * left out; any other unreadable line is an IOException naming the file and line.
	 */
	public static List<LoggedEvent> read(Path file) throws IOException {
		String content = Files.readString(file, StandardCharsets.UTF_8);
		List<LoggedEvent> events = new ArrayList<>();
		String[] lines = content.split("\n", -1);
		// the part after the last newline is empty when the file ends properly, torn otherwise
		for (int i = 0; i < lines.length - 1; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			try {
				events.add(EventJson.parse(lines[i]));
			} catch (IllegalArgumentException e) {
				throw new IOException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
			}
		}
		return events;
	}

	@Override
	public void opened(EventFrame frame) {
		append(frame);
	}

	@Override
	public void closed(EventFrame frame) {
		append(frame);
	}

	private void append(EventFrame frame) {
		ByteBuffer line = ByteBuffer.wrap((EventJson.line(frame) + "\n").getBytes(StandardCharsets.UTF_8));
		try {
			synchronized (channel) {
				while (line.hasRemaining()) {
					channel.write(line);
				}
			}
		} catch (IOException e) {
			// the engine logs a listener's failure and goes on
			throw new UncheckedIOException("could not append to the event log", e);
		}
	}

	@Override
	public void close() throws IOException {
		channel.force(false);
		channel.close();
	}
}
