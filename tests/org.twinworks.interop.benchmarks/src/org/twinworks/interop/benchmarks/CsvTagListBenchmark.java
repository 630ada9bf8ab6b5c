// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.csv.CsvImportOptions;
import org.twinworks.interop.csv.CsvTagList;
import org.twinworks.interop.csv.CsvTagListImporter;
import org.twinworks.interop.csv.CsvTagListReader;
import org.twinworks.interop.csv.CsvTagListWriter;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.model.Binding;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.demo.SyntheticPlants;

/**
 * A CSV tag list of 20,000 rows written, read and checked, imported to a draft (target ≤ 1 s) and previewed, beside the
 * raw floor measured in the same run: the file's bytes decoded as UTF-8 and split into lines and cells with
 * {@code String.split}, no quoting, no checks.
 */
class CsvTagListBenchmark {
	private static final int ROWS = 20_000;
	private static final int ROUNDS = 5;

	@TempDir
	Path dir;

	@Test
	void twentyThousandRows() throws Exception {
		Path file = dir.resolve("tags.csv");
		Plant plant = SyntheticPlants.create(ROWS * 5, 1);
		List<Signal> signals = CsvTagListWriter.signalsOf(plant).subList(0, ROWS);
		Map<Signal, Binding> bindings = CsvTagListWriter.activeBindings(plant);
		for (int i = 0; i < ROUNDS; i++) { // warm up
			CsvTagListWriter.write(file, signals, bindings::get);
			CsvTagListImporter.importFile(file, CsvImportOptions.defaults());
			floor(file);
		}
		double write = best(() -> CsvTagListWriter.write(file, signals, bindings::get));
		double read = best(() -> CsvTagListReader.read(file, CsvImportOptions.defaults()));
		double importing = best(() -> CsvTagListImporter.importFile(file, CsvImportOptions.defaults()));
		double preview = best(() -> CsvTagListReader.preview(file, CsvImportOptions.defaults(), 50));
		double floor = best(() -> floor(file));

		CsvTagList list = CsvTagListReader.read(file, CsvImportOptions.defaults());
		ImportDraft draft = CsvTagListImporter.importFile(file, CsvImportOptions.defaults());
		int imported = CsvTagListWriter.signalsOf(draft.plant()).size();
		assertEquals(ROWS, list.rows().size(), "every row read");
		assertEquals(ROWS, imported, "every row imported as a signal");

		Bench.print(
				"csv %,d rows (%.1f MB): write %.3f s, read+check %.3f s, import to a draft %.3f s (target ≤ 1 s), "
						+ "preview of 50 rows %.3f s; best of %d: %,d signals in the draft",
				ROWS, Files.size(file) / 1e6, write, read, importing, preview, ROUNDS, imported);
		Bench.print("raw UTF-8 decode + String.split of the same file: %.3f s", floor);
	}

	private interface Run {
		void run() throws Exception;
	}

	/** The fastest of a few runs, in seconds. */
	private static double best(Run run) throws Exception {
		double best = Double.MAX_VALUE;
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			run.run();
			best = Math.min(best, Bench.seconds(start));
		}
		return best;
	}

	private static int floor(Path file) throws IOException {
		int cells = 0;
		for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\r\n")) {
			cells += line.split(",", -1).length;
		}
		return cells;
	}
}
