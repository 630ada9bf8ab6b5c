// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The hostile-files harness: for each parser in turn, for its share of the time, damages its seeds
 * ({@link Mutator}), writes each input to a file and reads it as the product does under a {@link Watchdog}, sorts
 * the outcome and keeps the inputs that find defects ({@link Regressions}). Inputs that were accepted join the pool
 * the next inputs start from, so damage accumulates in files that still parse. Deterministic by seed, up to where
 * time cuts the run. {@code --replay} reads the kept inputs again instead: how a fix is checked.
 */
public final class HostileFiles {
	private static final int POOL = 64;

	private final Map<String, String> options;

	private HostileFiles(Map<String, String> options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		System.exit(new HostileFiles(options).run());
	}

	private int run() throws Exception {
		Path folder = Path.of(options.getOrDefault("folder", "target/hostile-files"));
		Path repository = Path.of(options.getOrDefault("repository", "../.."));
		Path kept = Path.of(options.getOrDefault("regressions", "regressions"));
		Files.createDirectories(folder);
		Map<String, Parser> all = Parsers.all(new Seeds(folder), repository);
		List<String> names = options.containsKey("parsers")
				? Arrays.asList(options.get("parsers").split(","))
				: List.copyOf(all.keySet());
		for (String name : names) {
			if (!all.containsKey(name)) {
				System.err.println("unknown parser " + name + "; known: " + all.keySet());
				return 2;
			}
		}
		if (options.containsKey("replay")) {
			return replay(names, all, kept, folder);
		}
		double minutes = Double.parseDouble(options.getOrDefault("minutes", "10"));
		long seed = Long.parseLong(options.getOrDefault("seed", "1"));
		long limitMillis = Long.parseLong(options.getOrDefault("limit-ms", "1000"));
		int maxHangs = Integer.parseInt(options.getOrDefault("max-hangs", "3"));
		long share = (long) (minutes * 60e9 / names.size());
		System.out.printf(
				"hostile files: %s, seed %d, %.1f minutes (%.0f s per parser), watchdog %d ms, max heap %d MB%n",
				Instant.now(), seed, minutes, share / 1e9, limitMillis, Runtime.getRuntime().maxMemory() >> 20);
		Regressions regressions = new Regressions(kept);
		int defects = 0;
		for (String name : names) {
			Parser parser = all.get(name);
			Figures figures = fuzz(parser, new SplittableRandom(seed ^ name.hashCode()), share, limitMillis, maxHangs,
					folder, regressions);
			System.out.println(figures.report());
			defects += figures.defectCount() + figures.hangs();
		}
		System.out.println(
				defects == 0 ? "no defects" : defects + " defective inputs; kept under " + kept.toAbsolutePath());
		return defects == 0 ? 0 : 1;
	}

	private static Figures fuzz(Parser parser, SplittableRandom random, long nanos, long limitMillis, int maxHangs,
			Path folder, Regressions regressions) throws Exception {
		List<byte[]> seeds = warmedUp(parser, folder);
		List<byte[]> pool = new ArrayList<>(seeds);
		Mutator mutator = new Mutator(random, parser.shape());
		Figures figures = new Figures(parser.name());
		long end = System.nanoTime() + nanos;
		try (Watchdog watchdog = new Watchdog(limitMillis)) {
			while (System.nanoTime() < end && figures.hangs() < maxHangs) {
				byte[] input = mutator.mutate(pool.get(random.nextInt(pool.size())), seeds);
				Path file = folder.resolve("w" + watchdog.generation()).resolve("input" + parser.extension());
				Files.createDirectories(file.getParent());
				Files.write(file, input);
				long start = System.nanoTime();
				Outcome outcome = watchdog.run(parser, file);
				figures.add(outcome, System.nanoTime() - start);
				switch (outcome.kind()) {
				case ACCEPTED -> {
					if (pool.size() < POOL) {
						pool.add(input);
					} else {
						pool.set(seeds.size() + random.nextInt(POOL - seeds.size()), input);
					}
				}
				case DEFECT, HANG -> {
					Path keptFile = regressions.keep(parser, outcome, input);
					if (keptFile != null) {
						System.out.println("  " + parser.name() + ": " + outcome.key() + " -> " + keptFile);
					}
				}
				default -> {
				}
				}
			}
		}
		return figures;
	}

	/** Reads every kept input of the parsers again and prints what each does now. */
	private static int replay(List<String> names, Map<String, Parser> all, Path kept, Path folder) throws Exception {
		int defects = 0;
		try (Watchdog watchdog = new Watchdog(1_000)) {
			for (String name : names) {
				Path dir = kept.resolve(name);
				if (!Files.isDirectory(dir)) {
					continue;
				}
				Parser parser = all.get(name);
				warmedUp(parser, folder);
				try (Stream<Path> files = Files.list(dir)) {
					for (Path input : files.filter(f -> f.toString().endsWith(parser.extension())).sorted().toList()) {
						Path file = copy(input, folder.resolve("replay" + watchdog.generation()), parser);
						Outcome outcome = watchdog.run(parser, file);
						boolean bad = outcome.kind() == Outcome.Kind.DEFECT || outcome.kind() == Outcome.Kind.HANG;
						defects += bad ? 1 : 0;
						System.out.printf("%-10s %-9s %s%s%n", name, outcome.kind(), kept.relativize(input),
								bad ? "  " + outcome.key() : "");
					}
				}
			}
		}
		return defects == 0 ? 0 : 1;
	}

	/**
	 * The parser's seeds, each read once without the watchdog first: the first reads load classes and compile, and
	 * would count as hangs; and a seed the parser does not accept is a broken harness, said at once.
	 */
	private static List<byte[]> warmedUp(Parser parser, Path folder) throws Exception {
		List<byte[]> seeds = parser.seeds();
		for (int i = 0; i < seeds.size(); i++) {
			Path file = copy(seeds.get(i), folder.resolve("seeds"), parser);
			Outcome outcome;
			try {
				outcome = parser.read(file);
			} catch (Exception e) {
				outcome = Classifier.classify(parser, file, e);
			}
			if (outcome.kind() != Outcome.Kind.ACCEPTED) {
				System.out.println("  " + parser.name() + ": seed " + i + " is not accepted: " + outcome);
			}
		}
		return seeds;
	}

	private static Path copy(byte[] input, Path dir, Parser parser) throws IOException {
		Files.createDirectories(dir);
		Path file = dir.resolve("input" + parser.extension());
		Files.write(file, input);
		return file;
	}

	private static Path copy(Path input, Path dir, Parser parser) throws IOException {
		Files.createDirectories(dir);
		Path file = dir.resolve("input" + parser.extension());
		Files.write(file, Files.readAllBytes(input));
		return file;
	}
}
