// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.core.persistence.FileProblem;
import org.twinworks.core.persistence.ValueLengthLimit;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;

/** Files a careless user or another tool makes: each is reported with its place and a fix, never in Java's words. */
class HostileModelFilesTest {
	@TempDir
	Path dir;

	@Test
	void aWrongRootSaysWhatWasFoundAndWhatWasExpected() throws IOException {
		Path file = write("area.twin",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<!-- an area on its own -->
						<twin:Area xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:twin="http://twinworks.org/model/1.0" name="A"/>
						""");
		LoadedPlant loaded = PlantFiles.load(file);
		assertNull(loaded.plant());
		String reason = loaded.noPlantReason();
		assertEquals(
				file + ":3: the root element is twin:Area (http://twinworks.org/model/1.0); expected a Twinworks plant"
						+ " model (root element twin:Plant in http://twinworks.org/model/1.0)",
				reason);
	}

	@Test
	void anUnknownNamespaceIsNamedWithItsLineAndTheExpectedOne() throws IOException {
		Path file = write("other.twin",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<twin:Plant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:twin="http://example.com/other/2.0" name="P"/>
						""");
		LoadedPlant loaded = PlantFiles.load(file);
		assertNull(loaded.plant());
		FileProblem problem = loaded.problems().get(0);
		assertEquals(2, problem.line(), problem.toString());
		assertTrue(problem.message().startsWith("unknown namespace \"http://example.com/other/2.0\""),
				problem.message());
		assertTrue(loaded.noPlantReason().contains("expected a Twinworks plant model"), loaded.noPlantReason());
	}

	@Test
	void invalidUtf8IsOneProblemAtItsLineAndColumnWithoutJavaClassNames() throws IOException {
		byte[] head = """
				<?xml version="1.0" encoding="UTF-8"?>
				<twin:Plant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:twin="http://twinworks.org/model/1.0" name="P">
				  <areas name="Caf"""
				.getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(head);
		bytes.write(0xE9); // é in Latin-1: not UTF-8
		bytes.write("\"/>\n</twin:Plant>\n".getBytes(StandardCharsets.US_ASCII));
		Path file = Files.write(dir.resolve("latin1.twin"), bytes.toByteArray());

		LoadedPlant loaded = PlantFiles.load(file);
		assertFalse(loaded.readable());
		assertEquals(1, loaded.problems().size(), loaded.problems().toString());
		FileProblem problem = loaded.problems().get(0);
		assertEquals(3, problem.line());
		assertEquals(19, problem.column(), "the byte after '  <areas name=\"Caf'");
		assertTrue(problem.message().startsWith("the file is not UTF-8: byte 0xE9"), problem.message());
		assertFalse(problem.message().contains("Exception") || problem.message().contains("org."), problem.message());
	}

	@Test
	void twoElementsSharingAnIdAreAnErrorNamingBothAndTheirLines() throws IOException {
		Models m = new Models();
		AlarmLimit high = m.limit(m.level, AlarmKind.HIGH, 8.0);
		AlarmLimit highHigh = m.limit(m.level, AlarmKind.HIGH_HIGH, 9.0);
		Path file = dir.resolve("ids.twin");
		PlantFiles.save(m.resource, file);
		String first = m.resource.getURIFragment(high);
		String second = m.resource.getURIFragment(highHigh);
		Files.writeString(file, Files.readString(file).replace(second, first));

		LoadedPlant loaded = PlantFiles.load(file);
		FileProblem problem = single(loaded, FileProblem.Severity.ERROR);
		assertTrue(
				problem.message()
						.startsWith("xmi:id \"" + first + "\" is used by 2 elements (AlarmLimit, AlarmLimit, lines ["),
				problem.message());
		assertTrue(problem.line() > 0);
	}

	@Test
	void anIdSharedAcrossKindsIsReportedWithoutAClassCastText() throws IOException {
		Models m = new Models();
		Path file = dir.resolve("kinds.twin");
		PlantFiles.save(m.resource, file);
		String unit = m.resource.getURIFragment(m.metre);
		String tank = m.resource.getURIFragment(m.tank);
		// the tank takes the unit's id: the signal's unit reference may now resolve to the tank
		Files.writeString(file, Files.readString(file).replace("xmi:id=\"" + tank + "\"", "xmi:id=\"" + unit + "\""));

		LoadedPlant loaded = PlantFiles.load(file);
		assertTrue(
				loaded.problems().stream()
						.anyMatch(p -> p.severity() == FileProblem.Severity.ERROR
								&& p.message().startsWith("xmi:id \"" + unit + "\" is used by 2 elements")),
				loaded.problems().toString());
		for (FileProblem problem : loaded.problems()) {
			assertFalse(problem.message().contains("cannot be cast") || problem.message().contains("class org."),
					problem.toString());
		}
	}

	@Test
	void unknownAttributesAreAWarningNamingThemAndTheElement() throws IOException {
		Models m = new Models();
		Path file = dir.resolve("unknown.twin");
		PlantFiles.save(m.resource, file);
		Files.writeString(file,
				Files.readString(file).replace("tag=\"TK-1\"", "tag=\"TK-1\" colour=\"red\" sise=\"3\""));

		LoadedPlant loaded = PlantFiles.load(file);
		assertNotNull(loaded.plant());
		FileProblem problem = single(loaded, FileProblem.Severity.WARNING);
		assertEquals("Equipment TK-1 has attributes this format does not know: colour, sise; kept in the file but"
				+ " ignored. Check the spelling, or remove them.", problem.message());
	}

	@Test
	void leftoversOfInterruptedSavesAreRemovedOnOpenAndOnSave() throws IOException {
		Models m = new Models();
		Path file = dir.resolve("plant.twin");
		PlantFiles.save(m.resource, file);
		Path empty = Files.createFile(dir.resolve(".plant.twin.1234567.tmp"));
		Path half = Files.writeString(dir.resolve(".plant.twin.7654321.tmp"), "<?xml");
		Path fresh = Files.writeString(dir.resolve(".plant.twin.5555555.tmp"), "<?xml");
		FileTime old = FileTime.from(Instant.now().minusSeconds(600));
		Files.setLastModifiedTime(empty, old);
		Files.setLastModifiedTime(half, old);
		Path other = Files.createFile(dir.resolve(".other.twin.1.tmp"));

		PlantFiles.load(file);
		assertFalse(Files.exists(empty) || Files.exists(half), "old leftovers are removed when the file is opened");
		assertTrue(Files.exists(fresh), "a reader leaves a save that may still be running in another process");
		PlantFiles.save(m.resource, file);
		assertFalse(Files.exists(fresh), "the next save removes every leftover of its file");
		assertTrue(Files.exists(other), "another file's leftovers are not ours");
	}

	@Test
	void aValueLongerThanTheLimitIsRefusedAtItsLineBeforeItIsRead() throws IOException {
		Models m = new Models();
		Path file = dir.resolve("long.twin");
		PlantFiles.save(m.resource, file);
		String xml = Files.readString(file);
		int line = (int) xml.substring(0, xml.indexOf("tag=\"TK-1\"")).chars().filter(c -> c == '\n').count() + 1;
		Files.writeString(file, xml.replace("tag=\"TK-1\"", "tag=\"TK-1\" description=\"" + "x".repeat(5000) + "\""));
		String before = System.getProperty(ValueLengthLimit.PROPERTY);
		System.setProperty(ValueLengthLimit.PROPERTY, "4096");
		try {
			LoadedPlant loaded = PlantFiles.load(file);
			assertFalse(loaded.readable());
			assertEquals(1, loaded.problems().size(), loaded.problems().toString());
			FileProblem problem = loaded.problems().get(0);
			assertEquals(line, problem.line());
			assertEquals("a value or text runs over 4,096 bytes (-Dtwinworks.maxValueLength=<bytes> raises the limit);"
					+ " not read", problem.message());
		} finally {
			if (before == null) {
				System.clearProperty(ValueLengthLimit.PROPERTY);
			} else {
				System.setProperty(ValueLengthLimit.PROPERTY, before);
			}
		}
		assertTrue(PlantFiles.load(file).readable(), "under the default limit the same file reads");
	}

	@Test
	void aValueOfTheWrongKindIsReportedAtItsLineAndNotAgainWithoutOne() throws IOException {
		// found by the hostile-files harness: EMF records the bad value with its place, then throws its cause
		Path file = write("bad-value.twin",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<twin:Plant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:twin="http://twinworks.org/model/1.0" name="P">
						  <areas name="A"><workCenters name="C"><units name="U">
						    <equipment name="Motor 1" tag="M-1" kind="Mixer of doom"/>
						  </units></workCenters></areas>
						</twin:Plant>
						""");
		LoadedPlant loaded = PlantFiles.load(file);
		assertTrue(loaded.hasErrors());
		FileProblem problem = single(loaded, FileProblem.Severity.ERROR);
		assertEquals(4, problem.line(), problem.toString());
		assertTrue(problem.message().contains("Mixer of doom"), problem.message());
	}

	@Test
	void aReferenceToAFeatureThePlantLacksIsReportedAtItsLineAndNotAgainWithoutOne() throws IOException {
		Path file = write("bad-reference.twin",
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<twin:Plant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:twin="http://twinworks.org/model/1.0" name="P">
						  <twin xmi:id="t">
						    <endpoints xmi:id="e" name="Server" url="opc.tcp://127.0.0.1:4840/x"/>
						    <bindings xmi:id="b" endpoint="//@equipment.999999"/>
						  </twin>
						</twin:Plant>
						""");
		LoadedPlant loaded = PlantFiles.load(file);
		assertTrue(loaded.hasErrors());
		for (FileProblem problem : loaded.problems()) {
			assertTrue(problem.line() > 0, problem.toString());
		}
		assertTrue(loaded.problems().stream().anyMatch(problem -> problem.line() == 5), loaded.problems().toString());
	}

	@Test
	void anEncodingThisProgramDoesNotKnowIsNamedOnTheFirstLine() throws IOException {
		Path file = write("ebcdic.twin",
				"""
						<?xml version="1.0" encoding="EBCDIC-XYZ"?>
						<twin:Plant xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:twin="http://twinworks.org/model/1.0" name="P"/>
						""");
		LoadedPlant loaded = PlantFiles.load(file);
		FileProblem problem = single(loaded, FileProblem.Severity.ERROR);
		assertEquals(1, problem.line(), problem.toString());
		assertTrue(problem.message().contains("\"EBCDIC-XYZ\"") && problem.message().contains("UTF-8"),
				problem.message());
	}

	private static FileProblem single(LoadedPlant loaded, FileProblem.Severity severity) {
		List<FileProblem> problems = loaded.problems().stream().filter(p -> p.severity() == severity).toList();
		assertEquals(1, problems.size(), loaded.problems().toString());
		return problems.get(0);
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
	}
}
