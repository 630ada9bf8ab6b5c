// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.events.DetectorProvider;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventListener;
import org.twinworks.live.RecordedValue;
import org.twinworks.live.Recording;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * Runs a recording through an {@link EventEngine} as fast as it can, in recorded order, each value with its
 * recorded arrival (its source time, when it has one, is the time it holds for, as live). Values are resolved to
 * the plant's signals by tag, as a replay does; values of unknown tags are counted and skipped.
 */
public final class RecordingAnalysis {
	private final Plant plant;
	private final List<DetectorProvider> providers;
	private final EngineSettings settings;
	private final List<EventListener> listeners = new ArrayList<>();

	/** What an analysis found: every frame (closed or still open at the recording's end), in the order opened. */
	public record Result(List<EventFrame> frames, int values, int unknownTags, boolean damagedTail,
			@Nullable Instant start, @Nullable Instant end, List<String> failures) {
		public Result {
			frames = List.copyOf(frames);
			failures = List.copyOf(failures);
		}
	}

	public RecordingAnalysis(Plant plant, List<DetectorProvider> providers) {
		this(plant, providers, EngineSettings.DEFAULT);
	}

	public RecordingAnalysis(Plant plant, List<DetectorProvider> providers, EngineSettings settings) {
		this.plant = plant;
		this.providers = List.copyOf(providers);
		this.settings = settings;
	}

	/** Also tells {@code listener} of every frame as it opens and closes (e.g. an event log). */
	public RecordingAnalysis listener(EventListener listener) {
		listeners.add(listener);
		return this;
	}

	public Result analyse(Path file) throws IOException {
		return analyse(Recording.read(file));
	}

	public Result analyse(Recording recording) {
		Map<String, Signal> byTag = signalsByTag(plant);
		EventEngine engine = new EventEngine(plant, providers, settings);
		Map<Long, EventFrame> frames = new LinkedHashMap<>();
		engine.addListener(new EventListener() {
			@Override
			public void opened(EventFrame frame) {
				frames.put(frame.id(), frame);
			}

			@Override
			public void closed(EventFrame frame) {
				frames.put(frame.id(), frame);
			}
		});
		listeners.forEach(engine::addListener);
		int unknown = 0;
		List<RecordedValue> values = recording.values();
		for (RecordedValue value : values) {
			Signal signal = value.tag() == null ? null : byTag.get(value.tag());
			if (signal == null) {
				unknown++;
				continue;
			}
			engine.process(signal, value.value(), value.arrival());
		}
		Instant start = values.isEmpty() ? null : values.get(0).arrival();
		Instant end = values.isEmpty() ? null : values.get(values.size() - 1).arrival();
		if (end != null) {
			// the ticks up to the last arrival: a duration that ended by then ends in the analysis too
			engine.advanceTo(end);
		}
		return new Result(new ArrayList<>(frames.values()), values.size(), unknown, recording.damagedTail(), start, end,
				engine.failures());
	}

	/** The plant's signals by tag, the first of a tag winning (as a replay resolves them). */
	public static Map<String, Signal> signalsByTag(Plant plant) {
		Map<String, Signal> byTag = new HashMap<>();
		for (var it = plant.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Signal s && s.getTag() != null) {
				byTag.putIfAbsent(s.getTag(), s);
			}
		}
		return byTag;
	}
}
