// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.timeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.graphics.RGB;
import org.jspecify.annotations.Nullable;
import org.twinworks.events.EventFrame;
import org.twinworks.events.Severity;
import org.twinworks.events.engine.Deductions;
import org.twinworks.events.engine.EventLog;
import org.twinworks.events.engine.LoggedEvent;
import org.twinworks.events.engine.RecordingAnalysis;
import org.twinworks.live.RecordedValue;
import org.twinworks.live.Recording;
import org.twinworks.model.Plant;
import org.twinworks.ui.live.views.TimelineMarker;
import org.twinworks.ui.live.views.TimelineMarkerSource;

/**
 * The event frames of a recording as timeline markers, coloured by severity: those of its saved log
 * ({@code <recording>.events.jsonl}) when it has one, else those the standard deductions find in it. The analysis
 * is {@link RecordingAnalysis}'s loop, done here in slices so the job shows progress and can be cancelled; a frame
 * still open at the recording's end is drawn to the end.
 */
public final class EventMarkerSource implements TimelineMarkerSource {
	private static final int SLICE = 10_000;

	@Override
	public List<TimelineMarker> markers(Path recording, Plant plant, IProgressMonitor monitor) throws IOException {
		Path log = EventLog.besideRecording(recording);
		if (Files.isRegularFile(log)) {
			return fromLog(EventLog.read(log), Recording.read(recording));
		}
		return analysed(Recording.read(recording), plant, monitor);
	}

	/** The frames of a saved log: each opening, with its closing's end when the log has one. */
	static List<TimelineMarker> fromLog(List<LoggedEvent> lines, Recording recording) {
		Instant last = lastArrival(recording);
		Map<Long, LoggedEvent> frames = new LinkedHashMap<>();
		for (LoggedEvent line : lines) {
			if (line.kind() == LoggedEvent.Kind.OPEN) {
				frames.putIfAbsent(line.id(), line);
			} else {
				frames.put(line.id(), line);
			}
		}
		List<TimelineMarker> markers = new ArrayList<>();
		for (LoggedEvent frame : frames.values()) {
			markers.add(marker(frame.source(), frame.severity(), frame.equipment(), frame.message(), frame.start(),
					frame.end(), last));
		}
		return markers;
	}

	private static List<TimelineMarker> analysed(Recording recording, Plant plant, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Finding the events of the recording",
				recording.values().size() / SLICE + 1);
		RecordingAnalysis.Result result;
		try {
			result = new RecordingAnalysis(plant, Deductions.standard()).partitions(RecordingAnalysis.cores())
					.analyse(recording, SLICE, done -> {
						progress.worked(1);
						return !progress.isCanceled();
					});
		} catch (CancellationException e) {
			throw new OperationCanceledException(e.getMessage());
		}
		List<TimelineMarker> markers = new ArrayList<>();
		for (EventFrame frame : result.frames()) {
			markers.add(marker(frame.source(), frame.severity(),
					frame.equipment() == null ? null : frame.equipment().getTag(), frame.message(), frame.start(),
					frame.end(), result.end()));
		}
		return markers;
	}

	private static @Nullable Instant lastArrival(Recording recording) {
		List<RecordedValue> values = recording.values();
		return values.isEmpty() ? null : values.get(values.size() - 1).arrival();
	}

	private static TimelineMarker marker(String source, Severity severity, @Nullable String equipment, String message,
			Instant start, @Nullable Instant end, @Nullable Instant last) {
		Instant until = end != null ? end : last != null && last.isAfter(start) ? last : start;
		String tooltip = severity + " · " + source + (equipment == null ? "" : " · " + equipment) + "\n" + message
				+ (end == null ? "\n(still open at the recording's end)" : "");
		return new TimelineMarker(start, until, colour(severity), tooltip);
	}

	/** Severity colours, from advice to emergency. */
	public static RGB colour(Severity severity) {
		return switch (severity) {
		case INFO -> new RGB(90, 140, 220);
		case LOW -> new RGB(80, 170, 80);
		case MEDIUM -> new RGB(230, 170, 0);
		case HIGH -> new RGB(230, 90, 0);
		case CRITICAL -> new RGB(200, 0, 0);
		};
	}
}
