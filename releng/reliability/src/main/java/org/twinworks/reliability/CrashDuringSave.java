// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * Crash during save (issue 19): starts a child JVM that saves one kind of file in a loop, kills it with SIGKILL
 * ({@link Process#destroyForcibly()}) at a random moment after its first save began, and checks what it left: the
 * file holds one of the versions it may hold, the product reads it without error, and no temporary file survives
 * the next open. Kinds take turns, so a run cut short by its time bound still covers each. Prints the figures per
 * kind; exits 1 when any file was corrupt, unreadable or left temporary files behind.
 *
 * <pre>
 * CrashDuringSave [--trials 1000] [--minutes 60] [--seed 1] [--window-ms 300] [--elements 20000] [--folder F]
 * </pre>
 */
public final class CrashDuringSave {

	private CrashDuringSave() {
	}

	/** Every kind of file the product saves that this module can compile, in a fixed order (children find theirs). */
	static List<FileKind> kinds(int elements) {
		return List.of(new ReplacedFile("plant model", new PlantFormat(elements)),
				new ReplacedFile("notation", new NotationFormat(elements)),
				new ReplacedFile("commissioning", new CommissioningFormat(elements)), new RecordingFile(),
				new AuditLogFile());
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int trials = Integer.parseInt(options.getOrDefault("trials", "1000"));
		double minutes = Double.parseDouble(options.getOrDefault("minutes", "60"));
		long seed = Long.parseLong(options.getOrDefault("seed", "1"));
		int windowMs = Integer.parseInt(options.getOrDefault("window-ms", "300"));
		int elements = Integer.parseInt(options.getOrDefault("elements", "20000"));
		Path work = Path.of(options.getOrDefault("folder", "target/crash-during-save")).toAbsolutePath();

		List<FileKind> kinds = kinds(elements);
		deleteRecursively(work);
		Map<FileKind, Tally> tallies = new LinkedHashMap<>();
		for (FileKind kind : kinds) {
			Files.createDirectories(folder(work, kind));
			kind.prepare(folder(work, kind));
			tallies.put(kind, new Tally(kind.name()));
		}
		Random random = new Random(seed);
		long start = System.nanoTime();
		long deadline = start + (long) (minutes * 60e9);
		int trial = 0;
		for (; trial < trials && System.nanoTime() < deadline; trial++) {
			int index = trial % kinds.size();
			FileKind kind = kinds.get(index);
			ChildOutput child = killWhileSaving(work, kind, index, elements, random.nextDouble() * windowMs);
			tallies.get(kind).add(trial + 1, kind.check(folder(work, kind), child), child.killedMidSave());
			tallies.get(kind).addSystemTemporaryFiles(trial + 1, takeAll(systemTemp(work)));
			if ((trial + 1) % 100 == 0) {
				System.err.printf(Locale.ROOT, "reliability: %d trials, %d s%n", trial + 1,
						(System.nanoTime() - start) / 1_000_000_000L);
			}
		}
		long seconds = (System.nanoTime() - start) / 1_000_000_000L;
		boolean failed = report(tallies.values(), trial, trials, seed, windowMs, elements, seconds);
		System.exit(failed ? 1 : 0);
	}

	private static ChildOutput killWhileSaving(Path work, FileKind kind, int index, int elements, double delayMs)
			throws IOException, InterruptedException {
		Path folder = folder(work, kind);
		kind.beforeTrial(folder);
		Path errors = work.resolve(slug(kind) + ".err");
		Path output = work.resolve(slug(kind) + ".out");
		Files.createDirectories(systemTemp(work));
		// a folder of its own as the child's system temporary folder, to see what a kill leaves there
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx1g", "-Djava.io.tmpdir=" + systemTemp(work), "-cp",
				System.getProperty("java.class.path"), SavingChild.class.getName(), Integer.toString(index),
				folder.toString(), Integer.toString(elements));
		Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile())
				.start();
		if (!ChildOutput.awaitFirstSave(output, process, Duration.ofMinutes(2))) {
			process.destroyForcibly();
			throw new IllegalStateException("the " + kind.name() + " child never began a save; see " + errors);
		}
		long until = System.nanoTime() + (long) (delayMs * 1e6);
		for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
			LockSupport.parkNanos(left);
		}
		if (!process.isAlive()) {
			throw new IllegalStateException("the " + kind.name() + " child stopped by itself; see " + errors);
		}
		process.destroyForcibly();
		process.waitFor();
		return ChildOutput.read(output);
	}

	private static boolean report(Iterable<Tally> tallies, int ran, int asked, long seed, int windowMs, int elements,
			long seconds) {
		System.out.printf(Locale.ROOT,
				"reliability: crash during save: %d trials%s in %d min %d s (seed %d; kill 0-%d ms after the"
						+ " child's first save began; plant, notation and commissioning record of ~%d elements)%n",
				ran, ran < asked ? " of " + asked + " (time bound reached)" : "", seconds / 60, seconds % 60, seed,
				windowMs, elements);
		System.out.printf(Locale.ROOT, "reliability: %-13s %7s %16s %8s %13s %17s %18s %15s %11s%n", "file", "trials",
				"killed mid-save", "corrupt", "not loadable", "tmp left by kill", "left after reopen",
				"left in sys tmp", "torn tails");
		boolean failed = false;
		for (Tally tally : tallies) {
			System.out.printf(Locale.ROOT, "reliability: %-13s %7d %16d %8d %13d %17d %18d %15d %11d%n", tally.kind,
					tally.trials, tally.killedMidSave, tally.corrupt, tally.unloadable, tally.leftoversFromKills,
					tally.leftoversAfterOpen, tally.systemTemporaryFiles, tally.tornTails);
			tally.failures.stream().limit(10)
					.forEach(f -> System.out.println("reliability:   " + tally.kind + " " + f));
			failed |= tally.failed();
		}
		return failed;
	}

	private static Path systemTemp(Path work) {
		return work.resolve("system-tmp");
	}

	/** The names of the files in {@code folder}, deleted (nothing in the product would ever delete them). */
	private static List<String> takeAll(Path folder) throws IOException {
		List<String> names = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				names.add(file.getFileName().toString());
				Files.delete(file);
			}
		}
		return names;
	}

	private static Path folder(Path work, FileKind kind) {
		return work.resolve(slug(kind));
	}

	private static String slug(FileKind kind) {
		return kind.name().replace(' ', '-');
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i += 2) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("usage: CrashDuringSave [--trials N] [--minutes M] [--seed S]"
						+ " [--window-ms W] [--elements E] [--folder F]");
			}
			options.put(args[i].substring(2), args[i + 1]);
		}
		return options;
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		List<Path> paths = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
		}
		for (Path path : paths) {
			Files.delete(path);
		}
	}
}
