// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.twinworks.diagram.persistence.NotationFiles;
import org.twinworks.interop.aml.export.AmlExporter;
import org.twinworks.interop.csv.CsvTagListWriter;
import org.twinworks.interop.nodeset.export.ExportOptions;
import org.twinworks.interop.nodeset.export.NodeSetExporter;
import org.twinworks.live.AuditLog;
import org.twinworks.live.AuditRecord;
import org.twinworks.live.LegacyRecordings;
import org.twinworks.live.RecordedValue;
import org.twinworks.live.Recorder;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueChange;
import org.twinworks.live.WriteOutcome;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.demo.SyntheticPlants;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.reliability.SyntheticDiagrams;

/**
 * Small valid files of every kind, made by the product's own writers (the demo plant and small synthetic ones, and
 * what the exporters make of them) so the seeds follow the formats as they change; AutomationML files written by
 * others come from the interop tests' test data (MIT licence, kept there with its notice).
 */
final class Seeds {
	private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

	private final Path scratch;

	Seeds(Path scratch) {
		this.scratch = scratch;
	}

	static Plant demoPlant() {
		return DemoPlant.createIn(PlantFiles.createResource(PlantFiles.newResourceSet(), Path.of("demo.twin")));
	}

	List<byte[]> plants() throws IOException {
		List<byte[]> seeds = new ArrayList<>();
		seeds.add(PlantFiles.bytes(demoPlant().eResource()));
		for (int elements : new int[]{12, 40}) {
			Resource resource = PlantFiles.createResource(PlantFiles.newResourceSet(), Path.of("synthetic.twin"));
			resource.getContents().add(SyntheticPlants.create(elements, elements));
			seeds.add(PlantFiles.bytes(resource));
		}
		return seeds;
	}

	List<byte[]> notations() throws IOException {
		List<byte[]> seeds = new ArrayList<>();
		for (int views : new int[]{6, 30}) {
			Resource resource = NotationFiles.createResource(NotationFiles.configure(new ResourceSetImpl()),
					Path.of("synthetic.twindiagram"));
			resource.getContents().add(SyntheticDiagrams.create(views, views));
			seeds.add(NotationFiles.bytes(resource));
		}
		return seeds;
	}

	/** A compact (version 2) recording with every kind of value, and the same values as a version-1 one. */
	List<byte[]> recordings() throws IOException {
		List<Object> kinds = new ArrayList<>(List.of(21.5, 7L, 3, (short) 2, (byte) 1, 1.5f, true, false, "Running"));
		kinds.add(null);
		List<ValueChange> changes = new ArrayList<>();
		List<RecordedValue> legacy = new ArrayList<>();
		for (int k = 0; k < 40; k++) {
			Signal signal = TwinFactory.eINSTANCE.createSignal();
			signal.setTag("FT-" + k % 7 + ".PV");
			Instant time = T0.plusMillis(250L * k);
			SignalValue value = new SignalValue(kinds.get(k % kinds.size()), k % 5 == 0 ? 0x80000000L : 0,
					k % 5 == 0 ? "Bad" : "Good", k % 3 == 0 ? null : time, k % 4 == 0 ? null : time.plusMillis(3));
			changes.add(new ValueChange(signal, value));
			legacy.add(new RecordedValue(time, "opc.tcp://127.0.0.1:4840/seed", "ns=2;s=FT-" + k % 7, signal.getTag(),
					value));
		}
		Path file = scratch.resolve("seed.twinrec");
		Files.deleteIfExists(file);
		try (Recorder recorder = new Recorder(file, "opc.tcp://127.0.0.1:4840/seed", List.of())) {
			recorder.valuesChanged(changes.subList(0, 25));
			recorder.valuesChanged(changes.subList(25, changes.size()));
		}
		return List.of(Files.readAllBytes(file), LegacyRecordings.of(legacy));
	}

	List<byte[]> auditLogs() throws IOException {
		Path file = scratch.resolve("seed-audit.log");
		Files.deleteIfExists(file);
		try (AuditLog log = AuditLog.open(file, 10)) {
			for (int n = 0; n < 8; n++) {
				log.append(new AuditRecord(T0.plusSeconds(n), n % 2 == 0 ? "operator" : null, "opc.tcp://plant:4840",
						"ns=2;s=FIC-" + n + ".SP", "FIC-" + n + ".SP", Integer.toString(n), n * 0.5 + "",
						WriteOutcome.values()[n % WriteOutcome.values().length], "Überdruck\t\\ line\nbreak " + n));
			}
		}
		return List.of(Files.readAllBytes(file));
	}

	List<byte[]> nodeSets() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		NodeSetExporter.write(demoPlant(), out, ExportOptions.of(T0));
		return List.of(out.toByteArray());
	}

	List<byte[]> tagLists() throws IOException {
		Path file = scratch.resolve("seed-tags.csv");
		CsvTagListWriter.write(file, demoPlant());
		return List.of(Files.readAllBytes(file));
	}

	List<byte[]> automationMl(Path repository) throws IOException {
		List<byte[]> seeds = new ArrayList<>();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		AmlExporter.write(demoPlant(), out, "demo.aml");
		seeds.add(out.toByteArray());
		Path testData = repository.resolve("tests/org.twinworks.interop.tests/testdata/automationml");
		try (Stream<Path> files = Files.list(testData)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".aml")).sorted().toList()) {
				seeds.add(Files.readAllBytes(file));
			}
		}
		return seeds;
	}
}
