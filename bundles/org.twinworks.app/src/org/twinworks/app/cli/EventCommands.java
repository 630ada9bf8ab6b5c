// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.twinworks.events.Detector;
import org.twinworks.events.DetectorProvider;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventListener;
import org.twinworks.events.engine.Deductions;
import org.twinworks.events.engine.EventJson;
import org.twinworks.events.engine.RuleSource;
import org.twinworks.model.Plant;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;

/** What `watch` and `analyse` share: the plant, the deductions (and --rules) and the lines printed per frame. */
final class EventCommands {

	private EventCommands() {
	}

	/** The plant of {@code file}, or empty after saying on {@code err} why it cannot be used. */
	static Optional<Plant> plant(Path file, String command, PrintStream err) throws IOException {
		LoadedPlant loaded = PlantFiles.load(file);
		Plant plant = loaded.plant();
		if (!loaded.readable() || plant == null || loaded.hasErrors()) {
			loaded.problems().forEach(err::println);
			err.println("twinworks " + command + ": "
					+ (plant == null
							? "no plant model in " + loaded.noPlantReason()
							: file + " has errors (see above)"));
			return Optional.empty();
		}
		return Optional.of(plant);
	}

	/**
	 * The standard deductions, and the rules of {@code rules} when given. The file's rules are set up on the plant
	 * here, so a rule naming equipment or signals the plant lacks stops the command before it starts (every problem
	 * with file, line and column) instead of surfacing later as a failed detector.
	 */
	static List<DetectorProvider> providers(@Nullable Path rules, Plant plant) throws IOException {
		List<DetectorProvider> providers = new ArrayList<>(Deductions.standard());
		if (rules != null) {
			RuleSource source = Deductions.ruleSource().orElseThrow(() -> new UsageException(
					"rules files need the rules provider, which this build does not have (" + rules + ")"));
			try {
				List<Detector> detectors = source.load(rules).detectorsFor(plant);
				providers.add(p -> p == plant ? detectors : List.of());
			} catch (RuntimeException e) {
				throw new IOException(e.getMessage(), e);
			}
		}
		return providers;
	}

	/** "5s", "500ms", "2m", "1h", an ISO-8601 duration (PT5S) or a number of seconds. */
	static Duration duration(String text, String option) {
		String t = text.strip().toLowerCase(Locale.ROOT);
		try {
			Duration d;
			if (t.startsWith("pt")) {
				d = Duration.parse(text.strip());
			} else if (t.endsWith("ms")) {
				d = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
			} else if (t.endsWith("s")) {
				d = Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
			} else if (t.endsWith("m")) {
				d = Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
			} else if (t.endsWith("h")) {
				d = Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
			} else {
				d = Duration.ofSeconds(Long.parseLong(t));
			}
			if (d.isNegative() || d.isZero()) {
				throw new NumberFormatException();
			}
			return d;
		} catch (NumberFormatException | DateTimeParseException e) {
			throw new UsageException(option + " needs a positive duration such as 30s, 5m or 1h, not " + text);
		}
	}

	/** One line for a frame as it opened or, once closed, as it closed: human form or a JSON line. */
	static String line(EventFrame frame, boolean json) {
		if (json) {
			return EventJson.line(frame);
		}
		boolean open = frame.isOpen();
		String equipment = frame.equipment() == null ? "-" : frame.equipment().getTag();
		StringBuilder line = new StringBuilder();
		line.append(open ? frame.start() : frame.end()).append(open ? "  OPEN   #" : "  CLOSE  #").append(frame.id())
				.append("  ").append(frame.severity()).append("  ").append(frame.source()).append("  ")
				.append(equipment).append("  ").append(frame.message());
		Map<String, Object> values = open ? frame.atStart() : frame.atEnd();
		if (!values.isEmpty()) {
			line.append("  [").append(values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted()
					.collect(Collectors.joining(", "))).append(']');
		}
		if (!open) {
			line.append("  (").append(seconds(Duration.between(frame.start(), frame.end()))).append(")");
		}
		return line.toString();
	}

	static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

	/** Prints each frame as it opens and closes. */
	static EventListener printer(PrintStream out, boolean json) {
		return new EventListener() {
			@Override
			public void opened(EventFrame frame) {
				out.println(line(frame, json));
			}

			@Override
			public void closed(EventFrame frame) {
				out.println(line(frame, json));
			}
		};
	}
}
