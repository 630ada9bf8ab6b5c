// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.twinworks.events.DetectorProvider;
import org.twinworks.events.EventFrame;
import org.twinworks.events.Severity;
import org.twinworks.events.engine.EventLog;
import org.twinworks.events.engine.RecordingAnalysis;
import org.twinworks.model.Plant;

/**
 * `twinworks analyse <recording> --plant <plant.twin>`: runs the standard deductions (and the rules of --rules) over
 * a recording as fast as it can and prints every event frame found (as it ended, or still open at the recording's
 * end; a JSON line each with --json, the summary then on stderr) and a summary; --save keeps them beside the
 * recording as {@code <recording>.events.jsonl} for replays. Exit 1 when a HIGH or CRITICAL frame was found (so a
 * script can gate on it), 0 otherwise, 2 when it could not run.
 */
final class AnalyseCommand implements CliCommand {

	@Override
	public String name() {
		return "analyse";
	}

	@Override
	public String arguments() {
		return "<recording> --plant <plant.twin> [--rules FILE] [--json] [--save]";
	}

	@Override
	public String summary() {
		return "run the deductions (and --rules) over a recording and print the event frames found (exit 1 if any"
				+ " is HIGH or CRITICAL); --save keeps them beside the recording";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options;
		Path recording;
		Path plantFile;
		try {
			options = Options.parse(args, Set.of("--plant", "--rules"), Set.of("--json", "--save"));
			List<String> positional = options.positional();
			if (positional.size() != 1) {
				throw new UsageException("expected one recording");
			}
			plantFile = options.path("--plant");
			if (plantFile == null) {
				throw new UsageException("--plant is needed: the model whose signals the recording holds");
			}
			recording = Path.of(positional.get(0));
		} catch (IllegalArgumentException e) {
			err.println("twinworks analyse: " + e.getMessage());
			err.println("usage: twinworks analyse " + arguments());
			return FAILED;
		}
		if (!Files.isRegularFile(recording)) {
			err.println("twinworks analyse: no recording " + recording);
			return FAILED;
		}
		Optional<Plant> plant = EventCommands.plant(plantFile, name(), err);
		if (plant.isEmpty()) {
			return FAILED;
		}
		boolean json = options.has("--json");
		RecordingAnalysis.Result result;
		try {
			List<DetectorProvider> providers = EventCommands.providers(options.path("--rules"), plant.get());
			result = new RecordingAnalysis(plant.get(), providers).partitions(RecordingAnalysis.cores())
					.analyse(recording);
		} catch (UsageException | IOException e) {
			err.println("twinworks analyse: " + e.getMessage());
			return FAILED;
		}
		for (EventFrame frame : result.frames()) {
			out.println(EventCommands.line(frame, json));
		}
		PrintStream summary = json ? err : out;
		long open = result.frames().stream().filter(EventFrame::isOpen).count();
		long serious = result.frames().stream().filter(f -> f.severity().compareTo(Severity.HIGH) >= 0).count();
		summary.println(result.frames().size() + " frames (" + open + " still open at the end, " + serious
				+ " HIGH or CRITICAL) in " + result.values() + " values"
				+ (result.start() == null
						? ""
						: " over " + EventCommands.seconds(Duration.between(result.start(), result.end())) + " from "
								+ result.start())
				+ (result.unknownTags() == 0 ? "" : "; " + result.unknownTags() + " values of unknown tags skipped")
				+ (result.damagedTail() ? "; the recording's damaged tail was skipped" : "")
				+ (result.failures().isEmpty() ? "" : "; failed: " + result.failures()));
		if (options.has("--save")) {
			Path log = EventLog.besideRecording(recording);
			EventLog.save(log, result.frames());
			summary.println("saved " + log);
		}
		return serious > 0 ? PROBLEMS : OK;
	}
}
