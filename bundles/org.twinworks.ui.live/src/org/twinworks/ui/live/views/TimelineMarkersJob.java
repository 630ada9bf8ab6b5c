// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.twinworks.model.Plant;
import org.twinworks.ui.live.Replay;

/**
 * Asks every contributed {@link TimelineMarkerSource} for the markers of an opened recording, in the background
 * (a source may analyse the whole recording), and hands them to the strip on the UI thread. A source that fails is
 * logged and left out.
 */
final class TimelineMarkersJob extends Job {
	static final String EXTENSION_POINT = "org.twinworks.ui.live.timelineMarkers";

	private final Replay replay;
	private final Plant plant;
	private final TimelineStrip strip;

	private TimelineMarkersJob(Replay replay, Plant plant, TimelineStrip strip) {
		super("Timeline markers of " + replay.file().getFileName());
		this.replay = replay;
		this.plant = plant;
		this.strip = strip;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == TimelineMarkerSource.class;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		IConfigurationElement[] elements = Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT);
		SubMonitor progress = SubMonitor.convert(monitor, getName(), Math.max(1, elements.length));
		List<TimelineMarker> found = new ArrayList<>();
		Path file = replay.file();
		for (IConfigurationElement element : elements) {
			try {
				TimelineMarkerSource source = (TimelineMarkerSource) element.createExecutableExtension("class");
				found.addAll(source.markers(file, plant, progress.split(1)));
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (CoreException | IOException | RuntimeException e) {
				ILog.of(TimelineMarkersJob.class).warn("Timeline markers of " + file + " from "
						+ element.getAttribute("class") + " could not be made: " + e.getMessage(), e);
			}
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		if (!strip.isDisposed()) {
			strip.getDisplay().asyncExec(() -> {
				if (!strip.isDisposed()) {
					strip.status("");
					strip.show(found, replay.start(), replay.end());
				}
			});
		}
		return Status.OK_STATUS;
	}

	/** The strip's markers follow the replay shown: a new one starts a job, closing it cancels that job. */
	static final class Tracker {
		private Replay shown;
		private TimelineMarkersJob job;

		void follow(Replay replay, Plant plant, TimelineStrip strip) {
			if (replay == shown) {
				return;
			}
			shown = replay;
			if (job != null) {
				job.cancel();
				job = null;
			}
			if (strip.isDisposed()) {
				return;
			}
			strip.show(List.of(), null, null);
			if (replay != null && replay.start() != null && plant != null) {
				strip.status("Finding the markers of " + replay.file().getFileName() + "…");
				job = new TimelineMarkersJob(replay, plant, strip);
				job.schedule();
			} else {
				strip.status("");
			}
		}
	}
}
