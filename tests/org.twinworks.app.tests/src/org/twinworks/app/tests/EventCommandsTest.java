// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.app.cli.CliCommands;
import org.twinworks.app.cli.CliDispatcher;
import org.twinworks.live.Recorder;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueChange;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.sim.Fault;
import org.twinworks.sim.VirtualPlant;
import org.twinworks.tests.live.harness.TestPlant;
import org.twinworks.tests.live.harness.SettableClock;

/** `twinworks analyse` over a recording made here, and `watch` against a virtual plant with a fault. */
class EventCommandsTest {
	private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final CliDispatcher cli = new CliDispatcher(CliCommands.all(),
			new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

	@Test
	void analysePrintsTheFramesOfARecordingSummarisesAndSavesThemBesideIt() throws Exception {
		Path model = dir.resolve("plant.twin");
		Plant plant = demo(model);
		PlantFiles.save(plant.eResource(), model);
		Path recording = dir.resolve("run.twrec");
		// LT-101.PV bad from 1 s to 9 s while FT-101.PV moves every half second
		record(recording, signal(plant, "LT-101.PV"), signal(plant, "FT-101.PV"));

		assertEquals(CliCommand.OK, cli.run("analyse", recording.toString(), "--plant", model.toString(), "--save"),
				err());
		List<String> lines = out().lines().toList();
		assertEquals("2026-03-01T08:00:09Z  CLOSE  #1  MEDIUM  signal.bad  LT-101  LT-101.PV is bad "
				+ "(Bad_SensorFailure)  [LT-101.PV=3.3]  (8.0 s)", lines.get(0));
		assertTrue(lines.get(1).startsWith("1 frames (0 still open at the end, 0 HIGH or CRITICAL) in 24 values over"
				+ " 10.0 s from 2026-03-01T08:00:00Z"), lines.get(1));
		Path log = dir.resolve("run.twrec.events.jsonl");
		assertEquals("saved " + log, lines.get(2));
		List<String> logged = Files.readAllLines(log);
		assertEquals(2, logged.size(), logged.toString());
		assertTrue(logged.get(0).startsWith("{\"event\":\"open\",\"id\":1,\"source\":\"signal.bad\""), logged.get(0));
		assertTrue(logged.get(1).contains("\"end\":\"2026-03-01T08:00:09Z\""), logged.get(1));

		out.reset();
		assertEquals(CliCommand.OK, cli.run("analyse", recording.toString(), "--plant", model.toString(), "--json"));
		assertEquals(List.of(logged.get(1)), out().lines().toList(), "with --json only the frames on stdout");
		assertTrue(err().contains("1 frames"), err());
	}

	@Test
	void analyseExplainsWhatItNeeds() throws Exception {
		Path model = dir.resolve("plant.twin");
		Plant plant = demo(model);
		PlantFiles.save(plant.eResource(), model);
		Path recording = dir.resolve("run.twrec");
		record(recording, signal(plant, "LT-101.PV"), signal(plant, "FT-101.PV"));
		assertEquals(CliCommand.FAILED, cli.run("analyse", recording.toString()));
		assertTrue(err().contains("--plant is needed"), err());
		assertEquals(CliCommand.FAILED,
				cli.run("analyse", dir.resolve("none.twrec").toString(), "--plant", model.toString()));
		assertTrue(err().contains("no recording " + dir.resolve("none.twrec")), err());
		assertEquals(CliCommand.FAILED, cli.run("analyse", recording.toString(), "--plant", model.toString(), "--rules",
				dir.resolve("rules.txt").toString()));
		assertTrue(err().contains(dir.resolve("rules.txt").toString()), err());
		Path rules = Files.writeString(dir.resolve("unknown.rules"),
				"rule FLOW-HIGH\n  equipment FT-101\n  when SPEED > 305\n");
		assertEquals(CliCommand.FAILED,
				cli.run("analyse", recording.toString(), "--plant", model.toString(), "--rules", rules.toString()));
		assertTrue(err().contains(rules + ":3:"), "the rule's line: " + err());
		assertTrue(err().contains("SPEED"), err());
	}

	@Test
	void analyseRunsTheRulesOfARulesFileOverTheRecording() throws Exception {
		Path model = dir.resolve("plant.twin");
		Plant plant = demo(model);
		PlantFiles.save(plant.eResource(), model);
		Path recording = dir.resolve("run.twrec");
		// FT-101.PV is 300 + i at i × 0.5 s: above 305 from 3.0 s, so a 2 s rule opens at 5.0 s
		record(recording, signal(plant, "LT-101.PV"), signal(plant, "FT-101.PV"));
		Path rules = Files.writeString(dir.resolve("flow.rules"),
				"# high flow\nrule FLOW-HIGH\n  equipment FT-101\n  when PV > 305\n  for 2 s\n  severity high\n");

		assertEquals(CliCommand.PROBLEMS,
				cli.run("analyse", recording.toString(), "--plant", model.toString(), "--rules", rules.toString()),
				"a HIGH frame makes analyse exit 1: " + err());
		assertTrue(out().lines().anyMatch(
				l -> l.startsWith("2026-03-01T08:00:05Z  OPEN   #") && l.contains("  HIGH  FLOW-HIGH  FT-101  ")),
				out());
	}

	@Test
	void watchPrintsAJsonLineAsABadSignalsFrameOpens() throws Exception {
		Path clientPki = dir.resolve("client-pki");
		try (TestPlant server = TestPlant.in(dir).trustClientOf(clientPki)) {
			VirtualPlant sim = server.start();
			Path model = dir.resolve("watched.twin");
			Plant plant = demo(model);
			plant.getTwin().getEndpoints().get(0).setUrl(sim.endpointUrl());
			PlantFiles.save(plant.eResource(), model);
			sim.inject("LT-101.PV", Fault.badQuality());
			assertEquals(CliCommand.OK, cli.run("watch", model.toString(), "--json", "--for", "8s", "--trust",
					sim.certificateThumbprint(), "--pki", clientPki.toString()), err());
		}
		List<String> lines = out().lines().toList();
		assertTrue(
				lines.stream().anyMatch(l -> l.startsWith("{\"event\":\"open\",\"id\":")
						&& l.contains("\"source\":\"signal.bad\",\"severity\":\"MEDIUM\",\"equipment\":\"LT-101\"")),
				out());
		assertTrue(lines.stream().allMatch(l -> l.startsWith("{\"event\":")), "stdout holds only JSON lines: " + out());
		assertTrue(err().contains("watching 153 of 153 bindings on "), err());
		assertTrue(err().contains(" 0 dropped"), err());
	}

	@Test
	void watchRefusesABadDuration() throws Exception {
		assertEquals(CliCommand.FAILED, cli.run("watch", "plant.twin", "--for", "soon"));
		assertTrue(err().contains("--for needs a positive duration such as 30s, 5m or 1h, not soon"), err());
	}

	/** Values one every half second for 10 s: {@code bad} Bad from 1 s to 9 s (3.3 again at 9 s). */
	private static void record(Path file, Signal bad, Signal moving) throws Exception {
		SettableClock clock = new SettableClock(T0);
		try (Recorder recorder = new Recorder(file, "opc.tcp://127.0.0.1:4840", List.of(), Duration.ZERO, clock)) {
			clock.set(T0);
			recorder.valuesChanged(List.of(new ValueChange(bad, new SignalValue(3.5, 0, "Good", T0, T0))));
			Instant badAt = T0.plusSeconds(1);
			recorder.valuesChanged(List
					.of(new ValueChange(bad, new SignalValue(3.4, 0x808C_0000L, "Bad_SensorFailure", badAt, badAt))));
			for (int i = 0; i <= 20; i++) {
				Instant at = T0.plusMillis(500L * i);
				clock.set(at);
				recorder.valuesChanged(List.of(new ValueChange(moving, new SignalValue(300.0 + i, 0, "Good", at, at))));
				if (i == 18) {
					recorder.valuesChanged(List.of(new ValueChange(bad, new SignalValue(3.3, 0, "Good", at, at))));
				}
			}
		}
	}

	private static Signal signal(Plant plant, String tag) {
		for (var it = plant.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Signal s && tag.equals(s.getTag())) {
				return s;
			}
		}
		throw new AssertionError("no signal " + tag);
	}

	private static Plant demo(Path file) {
		Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), file);
		return DemoPlant.createIn(resource);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
