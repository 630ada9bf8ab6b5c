// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.twinworks.events.tests.EngineFixtures.T0;
import static org.twinworks.events.tests.EngineFixtures.bad;
import static org.twinworks.events.tests.EngineFixtures.good;
import static org.twinworks.events.tests.EngineFixtures.signal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.events.EventFrame;
import org.twinworks.events.Severity;
import org.twinworks.events.engine.EngineSettings;
import org.twinworks.events.engine.EventEngine;
import org.twinworks.events.engine.EventJson;
import org.twinworks.events.engine.EventLog;
import org.twinworks.events.engine.LoggedEvent;
import org.twinworks.events.engine.SignalQualityDetector;
import org.twinworks.model.Signal;

class EventLogTest {
	@TempDir
	Path dir;

	@Test
	void anEngineAppendsALineAsEachFrameOpensAndClosesAndTheReaderGivesThemBack() throws Exception {
		Signal level = signal("LT-1");
		Path file = EventLog.besideRecording(dir.resolve("run.twrec"));
		assertEquals("run.twrec.events.jsonl", file.getFileName().toString());
		EventEngine engine = new EventEngine(List.of(new SignalQualityDetector(level, Duration.ofSeconds(1))),
				EngineSettings.DEFAULT);
		try (EventLog log = EventLog.appendingTo(file)) {
			engine.addListener(log);
			engine.process(level, bad(T0), T0);
			engine.advanceTo(T0.plusSeconds(2));
			engine.process(level, good(2.5, T0.plusSeconds(3)), T0.plusSeconds(3));
		}
		List<String> lines = Files.readAllLines(file);
		assertEquals(2, lines.size(), lines.toString());
		assertEquals("{\"event\":\"open\",\"id\":1,\"source\":\"signal.bad\",\"severity\":\"MEDIUM\",\"equipment\":"
				+ "\"LT-1\",\"message\":\"LT-1.PV is bad (Bad_NoCommunication)\",\"start\":\"2026-03-01T08:00:00Z\","
				+ "\"end\":null,\"values\":{\"LT-1.PV\":\"Bad_NoCommunication\"}}", lines.get(0));
		List<LoggedEvent> read = EventLog.read(file);
		assertEquals(LoggedEvent.Kind.OPEN, read.get(0).kind());
		assertNull(read.get(0).end());
		LoggedEvent closed = read.get(1);
		assertEquals(LoggedEvent.Kind.CLOSE, closed.kind());
		assertEquals(1, closed.id());
		assertEquals("LT-1", closed.equipment());
		assertEquals(Severity.MEDIUM, closed.severity());
		assertEquals(T0, closed.start());
		assertEquals(T0.plusSeconds(3), closed.end());
		assertEquals(Map.of("LT-1.PV", 2.5), closed.values());
	}

	@Test
	void linesAreBoundedWhateverADetectorCaptures() {
		Map<String, Object> many = new HashMap<>();
		for (int i = 0; i < 500; i++) {
			many.put("TAG-" + i, "x".repeat(5_000));
		}
		EventFrame frame = new EventFrame(7, "test", Severity.LOW, null, "m\"essage\n" + "y".repeat(10_000), T0, null,
				many, Map.of());
		String line = EventJson.line(frame);
		assertTrue(line.length() < 16_384, "line of " + line.length() + " characters");
		assertTrue(line.contains("\"valuesOmitted\":468"), line.substring(line.length() - 40));
		LoggedEvent back = EventJson.parse(line);
		assertTrue(back.message().startsWith("m\"essage\ny"), back.message());
		assertEquals(32, back.values().size());
	}

	@Test
	void aTornLastLineIsLeftOutAndABadLineIsNamedByFileAndLine() throws Exception {
		EventFrame frame = new EventFrame(1, "test", Severity.CRITICAL, null, "x", T0, T0.plusSeconds(1),
				Map.of("A", true), Map.of("A", false));
		Path file = dir.resolve("log.events.jsonl");
		EventLog.save(file, List.of(frame));
		assertEquals(2, EventLog.read(file).size(), "its opening and its closing");
		Files.writeString(file, "{\"event\":\"open\",\"id\":2", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		assertEquals(2, EventLog.read(file).size(), "the torn line is skipped");
		Files.writeString(file, "\n{\"event\":\"opened\"}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		IOException e = assertThrows(IOException.class, () -> EventLog.read(file));
		assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
	}
}
