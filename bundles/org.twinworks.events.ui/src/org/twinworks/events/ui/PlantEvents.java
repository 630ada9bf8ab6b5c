// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.core.runtime.ILog;
import org.jspecify.annotations.Nullable;
import org.twinworks.events.DetectorProvider;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventListener;
import org.twinworks.events.builtin.FleetComparisonProvider;
import org.twinworks.events.builtin.FleetStatistics;
import org.twinworks.events.engine.EventEngine;
import org.twinworks.events.engine.EventLog;
import org.twinworks.events.engine.LiveEventFeed;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Signal;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.LiveModelListener;
import org.twinworks.ui.live.LiveRecording;

/**
 * The event engine of one live model while it is connected: the standard deductions fed from its value store, every
 * frame entered in the workbench's book, and, while the model records, appended beside the recording.
 */
final class PlantEvents implements EventListener, AutoCloseable {
	private final LiveModel model;
	private final EventBook book;
	private final Runnable changed;
	private final EventEngine engine;
	private final FleetStatistics fleet;
	private final LiveEventFeed feed;
	private final Map<Long, Long> keysByFrame = new ConcurrentHashMap<>();
	private final LiveModelListener recordingWatch = update -> followRecording();
	// UI thread
	private @Nullable LiveRecording recording;
	private @Nullable EventLog log;

	PlantEvents(LiveModel model, EventBook book, EventSettings settings, Runnable changed) {
		this.model = model;
		this.book = book;
		this.changed = changed;
		List<DetectorProvider> providers = settings.providers();
		this.fleet = providers.stream().filter(FleetComparisonProvider.class::isInstance)
				.map(p -> ((FleetComparisonProvider) p).statistics()).findFirst().orElseGet(FleetStatistics::new);
		this.engine = new EventEngine(model.plant(), providers);
		engine.addListener(this);
		this.feed = LiveEventFeed.attach(model.store(), engine);
		// values that reached the store before the feed did (the subscription's first ones) still count
		Instant now = Instant.now();
		for (Map.Entry<Signal, SignalValue> e : model.store().snapshot().entrySet()) {
			engine.offer(e.getKey(), e.getValue(), now);
		}
		model.addListener(recordingWatch);
		followRecording();
	}

	LiveModel model() {
		return model;
	}

	EventEngine engine() {
		return engine;
	}

	/** The fleet comparison's results of this engine, for the Fleet view (so it runs no engine of its own). */
	FleetStatistics fleet() {
		return fleet;
	}

	@Override
	public void opened(EventFrame frame) {
		keysByFrame.put(frame.id(), book.opened(model.plant(), frame));
		changed.run();
	}

	@Override
	public void closed(EventFrame frame) {
		Long key = keysByFrame.remove(frame.id());
		if (key != null) {
			book.closed(key, frame);
			changed.run();
		}
	}

	/** UI thread: a recording started or stopped since last time: the log follows it. */
	private void followRecording() {
		LiveRecording now = model.recording();
		if (now == recording) {
			return;
		}
		closeLog();
		recording = now;
		if (now != null) {
			Path file = EventLog.besideRecording(now.file());
			try {
				EventLog opened = EventLog.appendingTo(file);
				// listening first, then the frames already open: one opening in between is written twice (readers pair
				// openings by id), none is missed; a replay sees them open rather than closing from nowhere
				engine.addListener(opened);
				engine.openFrames().forEach(opened::opened);
				log = opened;
			} catch (IOException e) {
				ILog.of(PlantEvents.class).warn("Could not keep events beside the recording in " + file, e);
			}
		}
	}

	private void closeLog() {
		EventLog current = log;
		log = null;
		if (current != null) {
			engine.removeListener(current);
			try {
				current.close();
			} catch (IOException e) {
				ILog.of(PlantEvents.class).warn("Could not close the event log: " + e.getMessage());
			}
		}
	}

	/** UI thread: the connection ended; what is still open is closed now (nothing watches it any more). */
	@Override
	public void close() {
		model.removeListener(recordingWatch);
		feed.close();
		engine.close();
		closeLog();
		book.closeOpen(List.copyOf(keysByFrame.values()), Instant.now());
		keysByFrame.clear();
		changed.run();
	}
}
