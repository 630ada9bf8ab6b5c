// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.twinworks.events.EventFrame;
import org.twinworks.events.engine.EventLog;
import org.twinworks.events.engine.LoggedEvent;
import org.twinworks.events.engine.RecordingAnalysis;
import org.twinworks.live.Recording;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.Replay;

/**
 * The frames of each recording being played back, in the replay book at their recorded times: read from its event
 * log ({@code <recording>.events.jsonl}) when it has one, else found by the engine's deductions over the recording,
 * in a background job. Closing the replay takes its frames out of the book.
 */
final class ReplayEvents {
	private record Shown(Path file, Job job) {
	}

	private final EventBook book;
	private final Runnable changed;
	// UI thread
	private final Map<LiveModel, Shown> shown = new LinkedHashMap<>();

	ReplayEvents(EventBook book, Runnable changed) {
		this.book = book;
		this.changed = changed;
	}

	/** UI thread: the replays of {@code models} now, each loaded once; those that ended are taken out. */
	void follow(Set<LiveModel> models, EventSettings settings) {
		for (LiveModel model : List.copyOf(shown.keySet())) {
			Replay replay = models.contains(model) ? model.replay() : null;
			if (replay == null || !replay.file().equals(shown.get(model).file())) {
				forget(model);
			}
		}
		for (LiveModel model : models) {
			Replay replay = model.replay();
			if (replay != null && !shown.containsKey(model)) {
				Job job = new LoadJob(model, replay.file(), settings);
				shown.put(model, new Shown(replay.file(), job));
				job.schedule();
				// the view says at once that it is reading the replay's events
				changed.run();
			}
		}
	}

	boolean active() {
		return !shown.isEmpty();
	}

	boolean loading() {
		return shown.values().stream().anyMatch(s -> s.job().getState() != Job.NONE);
	}

	List<Path> files() {
		return shown.values().stream().map(Shown::file).toList();
	}

	void close() {
		List.copyOf(shown.keySet()).forEach(this::forget);
	}

	private void forget(LiveModel model) {
		Shown gone = shown.remove(model);
		if (gone != null) {
			gone.job().cancel();
			book.removeAll(model.plant());
			changed.run();
		}
	}

	/** The frames of a saved log, each as it closed when the log has its closing, in order of their start. */
	static List<EventFrame> fromLog(List<LoggedEvent> lines, Plant plant) {
		Map<String, Equipment> byTag = new HashMap<>();
		for (var it = plant.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof Equipment equipment && equipment.getTag() != null) {
				byTag.putIfAbsent(equipment.getTag(), equipment);
			}
		}
		Map<Long, EventFrame> frames = new LinkedHashMap<>();
		for (LoggedEvent line : lines) {
			Equipment equipment = line.equipment() == null ? null : byTag.get(line.equipment());
			EventFrame known = frames.get(line.id());
			if (line.kind() == LoggedEvent.Kind.OPEN) {
				if (known == null) {
					frames.put(line.id(), new EventFrame(line.id(), line.source(), line.severity(), equipment,
							line.message(), line.start(), null, line.values(), Map.of()));
				}
			} else {
				EventFrame opened = known != null
						? known
						: new EventFrame(line.id(), line.source(), line.severity(), equipment, line.message(),
								line.start(), null, Map.of(), Map.of());
				frames.put(line.id(), opened.closedAt(line.end() != null ? line.end() : line.start(), line.values()));
			}
		}
		List<EventFrame> sorted = new ArrayList<>(frames.values());
		sorted.sort(Comparator.comparing(EventFrame::start));
		return sorted;
	}

	/** Reads or finds the frames of one recording, then enters them on the UI thread if it is still played. */
	private final class LoadJob extends Job {
		private final LiveModel model;
		private final Path file;
		private final EventSettings settings;

		LoadJob(LiveModel model, Path file, EventSettings settings) {
			super("Events of the recording " + file.getFileName());
			this.model = model;
			this.file = file;
			this.settings = settings;
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			List<EventFrame> frames;
			try {
				Path log = EventLog.besideRecording(file);
				if (Files.isRegularFile(log)) {
					frames = fromLog(EventLog.read(log), model.plant());
				} else {
					frames = new RecordingAnalysis(model.plant(), settings.providers())
							.partitions(RecordingAnalysis.cores())
							.analyse(Recording.read(file), 10_000, done -> !monitor.isCanceled()).frames();
				}
			} catch (CancellationException e) {
				return Status.CANCEL_STATUS;
			} catch (IOException | RuntimeException e) {
				ILog.of(ReplayEvents.class)
						.warn("The events of the recording " + file + " could not be read: " + e.getMessage(), e);
				return Status.OK_STATUS;
			}
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			List<EventFrame> found = frames;
			org.eclipse.swt.widgets.Display display = org.eclipse.ui.PlatformUI.getWorkbench().getDisplay();
			if (display.isDisposed()) {
				return Status.CANCEL_STATUS;
			}
			display.syncExec(() -> {
				Shown current = shown.get(model);
				if (current != null && current.job() == this && !monitor.isCanceled()) {
					found.forEach(frame -> book.opened(model.plant(), frame));
					changed.run();
				}
			});
			return Status.OK_STATUS;
		}
	}
}
