// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.twinworks.interop.csv.CsvImportOptions;
import org.twinworks.interop.csv.CsvTagListImporter;
import org.twinworks.interop.csv.CsvTagListReader;
import org.twinworks.interop.csv.CsvTagListWriter;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.model.Binding;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.demo.SyntheticPlants;

/**
 * CSV of 20,000 rows (target: import ≤ 1 s), beside the raw floor measured in the same run: reading the file's bytes
 * as UTF-8 and splitting it into lines and cells with {@code String.split}, no quoting, no checks. A plain
 * {@code main} (argument: the row count) so it can move to a benchmark bundle as is.
 */
public final class CsvTagListBenchmark {
	private static final int RUNS = 5;

	private CsvTagListBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
		Path dir = Files.createTempDirectory("csv-bench");
		Path file = dir.resolve("tags.csv");
		Plant plant = SyntheticPlants.create(rows * 5, 1);
		List<Signal> signals = CsvTagListWriter.signalsOf(plant).subList(0, rows);
		Map<Signal, Binding> bindings = CsvTagListWriter.activeBindings(plant);
		for (int i = 0; i < RUNS; i++) { // warm up
			CsvTagListWriter.write(file, signals, bindings::get);
			CsvTagListImporter.importFile(file, CsvImportOptions.defaults());
			floor(file);
		}
		long write = best(() -> CsvTagListWriter.write(file, signals, bindings::get));
		long read = best(() -> CsvTagListReader.read(file, CsvImportOptions.defaults()));
		long importing = best(() -> CsvTagListImporter.importFile(file, CsvImportOptions.defaults()));
		long preview = best(() -> CsvTagListReader.preview(file, CsvImportOptions.defaults(), 50));
		long floor = best(() -> floor(file));
		ImportDraft draft = CsvTagListImporter.importFile(file, CsvImportOptions.defaults());
		int imported = CsvTagListWriter.signalsOf(draft.plant()).size();
		print("csv rows=%d bytes=%d imported=%d", rows, Files.size(file), imported);
		print("csv write ms=%d", write);
		print("csv read+check ms=%d", read);
		print("csv import (read+check+draft) ms=%d target<=1000", importing);
		print("csv preview(50) ms=%d", preview);
		print("floor raw UTF-8 decode + String.split ms=%d", floor);
		Files.delete(file);
		Files.delete(dir);
	}

	private interface Run {
		void run() throws Exception;
	}

	/** The fastest of a few runs, in milliseconds. */
	private static long best(Run run) throws Exception {
		long best = Long.MAX_VALUE;
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			run.run();
			best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
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

	private static void print(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
	}
}
