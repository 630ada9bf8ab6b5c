// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.views;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.twinworks.model.Plant;

/**
 * What marks moments of a recording on the Playback view's timeline, contributed through the
 * {@code org.twinworks.ui.live.timelineMarkers} extension point so the view needs no knowledge of what it marks.
 */
public interface TimelineMarkerSource {

	/**
	 * The markers of {@code recording} played back on {@code plant}. Called in a background job when the recording
	 * is opened; may take long, reporting to {@code monitor} and throwing
	 * {@link org.eclipse.core.runtime.OperationCanceledException} when it is cancelled.
	 */
	List<TimelineMarker> markers(Path recording, Plant plant, IProgressMonitor monitor) throws IOException;
}
