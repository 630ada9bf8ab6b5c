// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.model.Plant;
import org.twinworks.core.persistence.AtomicFileWriter;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.core.persistence.FileSizeLimit;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;

class PersistenceTest {
	@TempDir
	Path dir;

	@Test
	void savesAndLoadsWithUuidsAndTheSameBytes() throws IOException {
		Models m = new Models();
		Path file = dir.resolve("plant.twin");
		assertEquals(List.of(), PlantFiles.save(m.resource, file));
		String xml = Files.readString(file);
		assertTrue(xml.contains("xmi:id=\"" + m.resource.getURIFragment(m.tank) + "\""), "elements carry their UUID");
		assertTrue(m.resource.getURIFragment(m.tank).matches("_[A-Za-z0-9_-]{22}"), m.resource.getURIFragment(m.tank));

		LoadedPlant loaded = PlantFiles.load(file);
		assertTrue(loaded.readable());
		assertEquals(List.of(), loaded.problems());
		assertEquals("TK-1", loaded.plant().getAreas().get(0).getEquipment().get(0).getTag());
		assertArrayEquals(Files.readAllBytes(file), PlantFiles.bytes(loaded.resource()));
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedBeforeParsingWithTheLimitNamed() throws IOException {
		Models m = new Models();
		Path file = dir.resolve("large.twin");
		PlantFiles.save(m.resource, file);
		long size = Files.size(file);
		String before = System.getProperty(FileSizeLimit.PROPERTY);
		System.setProperty(FileSizeLimit.PROPERTY, Long.toString(size - 1));
		try {
			LoadedPlant loaded = PlantFiles.load(file);
			assertFalse(loaded.readable());
			assertEquals(1, loaded.problems().size());
			String message = loaded.problems().get(0).message();
			assertTrue(message.contains("over the limit of " + (size - 1) + " bytes")
					&& message.contains("-D" + FileSizeLimit.PROPERTY), message);
		} finally {
			if (before == null) {
				System.clearProperty(FileSizeLimit.PROPERTY);
			} else {
				System.setProperty(FileSizeLimit.PROPERTY, before);
			}
		}
		assertTrue(PlantFiles.load(file).readable(), "at the default limit the same file reads");
	}

	@Test
	void malformedXmlIsReportedWithLineAndColumnAndNeverThrown() throws IOException {
		Path file = write("broken.twin",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<twin:Plant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:twin="http://twinworks.org/model/1.0" name="P">
						  <areas name="A">
						    <equipment tag="P-1" </equipment>
						  </areas>
						</twin:Plant>
						""");
		LoadedPlant loaded = PlantFiles.load(file);
		assertFalse(loaded.readable());
		FileProblem problem = loaded.problems().get(0);
		assertEquals(FileProblem.Severity.ERROR, problem.severity());
		assertEquals(4, problem.line());
		assertTrue(problem.column() > 0);
		assertTrue(problem.toString().startsWith(file + ":4:"), problem.toString());
		assertTrue(problem.message().startsWith("not well-formed XML"), problem.message());
	}

	@Test
	void aTruncatedFileKeepsWhatWasReadAndSaysWhereItEnds() throws IOException {
		Models m = new Models();
		Path full = dir.resolve("full.twin");
		PlantFiles.save(m.resource, full);
		byte[] bytes = Files.readAllBytes(full);
		Path truncated = dir.resolve("truncated.twin");
		Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));

		LoadedPlant loaded = PlantFiles.load(truncated);
		assertFalse(loaded.readable());
		assertTrue(loaded.problems().get(0).line() > 1, loaded.problems().toString());
		assertNotNull(loaded.plant(), "what was read before the cut is kept, not dropped");
		assertEquals("Test plant", loaded.plant().getName());
	}

	@Test
	void externalEntitiesAreRefusedAndNothingIsRead() throws IOException {
		Path secret = write("secret.txt", "TOP-SECRET");
		Path file = write("xxe.twin",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<!DOCTYPE plant [ <!ENTITY leak SYSTEM "%s"> ]>
						<twin:Plant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:twin="http://twinworks.org/model/1.0" name="&leak;"/>
						"""
						.formatted(secret.toUri()));
		LoadedPlant loaded = PlantFiles.load(file);
		assertFalse(loaded.readable());
		assertTrue(loaded.problems().get(0).message().contains("DOCTYPE"), loaded.problems().toString());
		assertTrue(loaded.plant() == null || !"TOP-SECRET".equals(loaded.plant().getName()));
	}

	@Test
	void aBillionLaughsPayloadFailsFastInsteadOfExhaustingMemory() throws IOException {
		StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
		for (int i = 1; i <= 9; i++) {
			dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
					.append("\">");
		}
		dtd.append("]>");
		Path file = write("lol.twin", "<?xml version=\"1.0\"?>\n" + dtd
				+ "\n<twin:Plant xmlns:twin=\"http://twinworks.org/model/1.0\" name=\"&lol9;\"/>");
		LoadedPlant loaded = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> PlantFiles.load(file));
		assertFalse(loaded.readable());
		assertEquals(2, loaded.problems().get(0).line());
	}

	@Test
	void aDanglingReferenceIsReportedAndTheRestOfTheModelLoads() throws IOException {
		Models m = new Models();
		Path file = dir.resolve("plant.twin");
		PlantFiles.save(m.resource, file);
		String unitId = m.resource.getURIFragment(m.metre);
		String xml = Files.readString(file).replace("unit=\"" + unitId + "\"", "unit=\"_missingUnitXXXXXXXXXXXX\"");
		Files.writeString(file, xml);

		LoadedPlant loaded = PlantFiles.load(file);
		assertTrue(loaded.readable(), "an unresolved reference does not make the file unreadable");
		assertTrue(loaded.hasErrors());
		FileProblem problem = loaded.problems().get(0);
		assertTrue(problem.message().contains("_missingUnitXXXXXXXXXXXX"), problem.message());
		assertTrue(problem.line() > 0);
		Plant plant = loaded.plant();
		assertEquals("LT-1.PV", plant.getAreas().get(0).getEquipment().get(0).getSignals().get(0).getTag());
	}

	@Test
	void aCrashBetweenWriteAndRenameLeavesTheOldFileIntact() throws IOException {
		Models m = new Models();
		Path file = dir.resolve("plant.twin");
		PlantFiles.save(m.resource, file);
		byte[] before = Files.readAllBytes(file);
		m.plant.setName("Renamed while saving");
		Resource resource = m.resource;

		IOException crash = assertThrows(IOException.class,
				() -> AtomicFileWriter.write(file, out -> resource.save(out, null), written -> {
					assertTrue(Files.size(written) > 0, "the new content is on disk before the rename");
					throw new IOException("simulated crash");
				}));
		assertEquals("simulated crash", crash.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		try (var files = Files.list(dir)) {
			assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
		}
	}

	@Test
	void savingKeepsThePreviousVersionAsABackup() throws IOException {
		Models m = new Models();
		Path file = dir.resolve("plant.twin");
		PlantFiles.save(m.resource, file);
		byte[] first = Files.readAllBytes(file);
		m.plant.setName("Second version");
		PlantFiles.save(m.resource, file);
		assertArrayEquals(first, Files.readAllBytes(AtomicFileWriter.backupOf(file)));
		assertTrue(Files.readString(file).contains("Second version"));
	}

	@Test
	void aMissingFileIsAProblemNotAnException() {
		LoadedPlant loaded = PlantFiles.load(dir.resolve("nowhere.twin"));
		assertFalse(loaded.readable());
		assertEquals("no such file", loaded.problems().get(0).message());
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}
}
